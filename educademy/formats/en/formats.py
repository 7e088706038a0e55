# The site writes English dates day-first ("11 March 2026"), as the original site did;
# every other language uses Django's own locale formats.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
