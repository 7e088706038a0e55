"""Scripts that trained the Lab's models (run by hand; not imported by the site)."""
