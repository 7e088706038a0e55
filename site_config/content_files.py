"""Reading the demo content files under `content/` (see docs/demo-content.md)."""

from pathlib import Path

import yaml

from django.conf import settings

# libyaml's safe loader when PyYAML was built with it (ten times faster), else PyYAML's own.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentFileError(ValueError):
    """A content file that cannot be read or parsed; the message names the file."""


def content_path(relative_path):
    return Path(settings.BASE_DIR) / "content" / relative_path


def read_yaml(relative_path):
    """The parsed YAML file `content/<relative_path>`."""
    path = content_path(relative_path)
    try:
        with open(path, encoding="utf-8") as file:
            return yaml.load(file, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        raise ContentFileError(f"content/{relative_path}: invalid YAML: {error}") from error
    except OSError as error:
        raise ContentFileError(f"content/{relative_path}: {error.strerror}") from error
