"""Static files for production: hashed names, compressed copies, and ES modules whose
`import … from "./core.js"` statements point at the hashed names too, so every file of the
Lab's browser code can be cached for a year and a deploy never mixes old and new modules."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    support_js_module_import_aggregation = True
