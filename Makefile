# One command to install and run (SQLite by default), one to test. Needs only python3 (3.11+).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install run run-http test bench check lock smoke

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install  ## Socket Mode (needs SLACK_BOT_TOKEN, SLACK_APP_TOKEN, LEAKBOT_DIRECTORY in the environment or .env)
	$(VENV)/bin/leakbot run

run-http: install  ## HTTP mode on port 3000 (needs SLACK_SIGNING_SECRET instead of SLACK_APP_TOKEN)
	$(VENV)/bin/leakbot run --http --port 3000

check: install
	$(VENV)/bin/leakbot check

test: install  ## SQLite always; PostgreSQL too when LEAKBOT_TEST_DATABASE_URL is set
	$(VENV)/bin/pytest

bench: install
	$(PY) bench/ack_latency.py
	$(PY) bench/assess.py
	$(PY) bench/sweep.py
	$(PY) bench/burst.py

# requirements.lock: every runtime dependency pinned with hashes, for the image (Dockerfile). Regenerate after
# changing [project.dependencies] in pyproject.toml (tests/deploy/test_image.py fails until you do).
LOCK_FLAGS := --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --build-deps-for wheel
lock: install
	$(PY) -m pip install --quiet -e '.[lock]'
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --output-file requirements.lock pyproject.toml

smoke: install  ## build the image and run it for real (needs a Docker daemon)
	deploy/docker-smoke.sh
