# ALSA for QGIS — `make setup` once, then `make test`. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := qgis qgis-providers python3-qgis python3-gdal gdal-bin python3-venv python3-scipy xvfb xauth
# lrelease builds the translations (.qm) for make package; a CJK font for the Chinese/Japanese desktop screenshots
APT_PACKAGES += qttools5-dev-tools fonts-wqy-microhei
# the HTML reports' figures
APT_PACKAGES += python3-matplotlib
# Debian 13+: Debian's numba, linked to the system's LLVM like Mesa's OpenGL in the QGIS desktop (pip's
# llvmlite bundles LLVM 15; beside Mesa's LLVM 19 it crashed QGIS 3.40). Debian 12: pip's numba (LLVM 15 = Mesa's).
DEBIAN_MAJOR := $(shell . /etc/os-release 2>/dev/null; echo $${VERSION_ID%%.*})
APT_PACKAGES += $(shell [ "$(DEBIAN_MAJOR)" -ge 13 ] 2>/dev/null && echo python3-numba)
# numpy and scipy stay at the system's own versions (GDAL's Python bindings are built against that numpy):
# the pip constraints are read off the system Python at setup time, whatever the Debian release.
CONSTRAINTS := build/constraints-system.txt
PYTEST_UNIT := $(PY) -m pytest -p no:qgis tests/unit
PYTEST_QGIS := QT_QPA_PLATFORM=offscreen xvfb-run -a $(PY) -m pytest tests/qgis

.PHONY: setup test test-unit test-unit-numba test-qgis test-qgis340 lint format bench demo package transup clean

setup:  ## QGIS and GDAL from Debian (12: QGIS 3.22, 13: QGIS 3.40), then a venv on the system Python with pinned packages
	@. /etc/os-release; echo "setup on $$PRETTY_NAME"
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(APT_PACKAGES)
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	@mkdir -p build
	/usr/bin/python3 scripts/system_constraints.py > $(CONSTRAINTS)
	$(PY) -m pip install --quiet --upgrade pip
	@# a numba the venv got from pip earlier would shadow the system's (see APT_PACKAGES)
	if grep -q '^numba==' $(CONSTRAINTS); then $(PY) -m pip uninstall --quiet -y numba llvmlite 2>/dev/null || true; fi
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -r requirements-dev.txt
	$(PY) -c "import numpy, numba, sklearn, qgis.core; from osgeo import gdal; print('numpy', numpy.__version__, '| numba', numba.__version__, '| scikit-learn', sklearn.__version__, '| GDAL', gdal.__version__)"

test: lint test-unit test-qgis  ## all tests, headless: lint, the core with numba, without numba, then QGIS

test-unit: test-unit-numba
	ALSA_DISABLE_NUMBA=1 $(PYTEST_UNIT)

test-unit-numba:
	$(PYTEST_UNIT)

test-qgis:
	$(PYTEST_QGIS)

test-qgis340:  ## make setup, make test and make demo on QGIS 3.40 LTR (Debian 13, numpy 2) in a cached chroot
	bash scripts/qgis340.sh

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format:
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench:  ## paper-scale benchmark (Px1: 4710 x 4432 cells, 21 factors); prints the figures
	$(PY) -u scripts/bench.py

demo:  ## plugin in an isolated QGIS profile (build/qgis-profile); qgis_process: sample data, then certainty factor
	$(PY) -u scripts/demo.py demo_output

package:  ## dist/alsa-<version>.zip for QGIS's "Install from ZIP" (translations compiled with lrelease)
	$(PY) scripts/package.py

transup:  ## refresh i18n/alsa_*.ts from the code's tr() strings and the .ui forms (translations kept)
	$(PY) scripts/transup.py

clean:
	rm -rf build dist demo_output bench_output .pytest_cache .ruff_cache
