"""The Lab's browser code survives the production static pipeline: hashed names everywhere."""

import re
import shutil
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from educademy.storage import StaticFilesStorage
from lab.experiments import EXPERIMENTS

STATIC = Path(settings.BASE_DIR) / "static"
IMPORT = re.compile(r"""(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']""")


@pytest.fixture
def built(tmp_path):
    """Post-process every file under static/lab as collectstatic would in production."""
    source = FileSystemStorage(location=STATIC)
    paths = [str(p.relative_to(STATIC)) for p in (STATIC / "lab").rglob("*") if p.is_file()]
    for path in paths:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(STATIC / path, tmp_path / path)
    storage = StaticFilesStorage(location=tmp_path)
    for _name, _hashed, processed in storage.post_process({p: (source, p) for p in paths}):
        assert not isinstance(processed, Exception), processed
    return storage


def test_every_module_imports_hashed_modules_that_exist(built):
    root = Path(built.location)
    for key in EXPERIMENTS:
        app = root / built.stored_name(f"lab/{key}/app.js")
        imports = IMPORT.findall(app.read_text(encoding="utf-8"))
        assert imports, f"{key}/app.js imports nothing"
        for target in imports:
            resolved = (app.parent / target).resolve()
            assert resolved.exists(), f"{app.name} imports missing {target}"
            assert re.search(r"\.[0-9a-f]{12}\.js$", target), f"{target} is not a hashed name"


def test_declared_data_files_exist():
    for key, experiment in EXPERIMENTS.items():
        for path in experiment.files:
            assert (STATIC / "lab" / key / path).is_file(), f"{key}: {path} is missing"
