"""{% page_fragment %}: a part of a page rendered once per published revision.

    {% load fragment_tags %}
    {% page_fragment "body" %}…{% endpage_fragment %}
    {% page_fragment "cards" articles.number tag.slug %}…{% endpage_fragment %}

The key (chrome_cache.page_fragment_key) names the page in the context and its live
revision, the language, the host, the extra values given and the content version, so any
publish, unpublish or snippet save renders it afresh. Previews always render it. Context
values the fragment alone uses can be callables: they are then only computed on a miss.
"""

from django import template

from ..chrome_cache import page_value

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context):
        return page_value(
            context.get("request"),
            context.get("page"),
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
            [value.resolve(context) for value in self.vary],
        )


@register.tag
def page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("page_fragment needs a name.")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    name, *vary = (parser.compile_filter(bit) for bit in bits[1:])
    return PageFragmentNode(name, vary, nodelist)
