# syntax=docker/dockerfile:1
# leakbot image: dependencies from requirements.lock (hashes checked), the app on top, run as a non-root user
# under tini. Build from the repository root:  docker build -t leakbot .
# Check it for real where a Docker daemon runs:  deploy/docker-smoke.sh

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
# The lock first: the dependency layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN python -m venv /opt/leakbot \
 && /opt/leakbot/bin/pip install --require-hashes --no-deps -r requirements.lock
COPY pyproject.toml README.md ./
COPY domain domain
COPY storage storage
COPY services services
COPY handlers handlers
COPY prompts prompts
COPY bot bot
# Everything the app needs is already installed from the lock: install leakbot alone, with the pinned
# setuptools and wheel (no build isolation, so nothing unpinned is fetched).
RUN /opt/leakbot/bin/pip install --no-deps --no-build-isolation . \
 && /opt/leakbot/bin/pip check

FROM ${PYTHON_IMAGE}
# tini: PID 1 that forwards SIGTERM/SIGINT to leakbot and reaps children.
# fonts-ipaexfont-gothic: a CJK font, so the weekly chart renders Japanese labels.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini fonts-ipaexfont-gothic \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 leakbot \
 && useradd --system --uid 10001 --gid 10001 --home-dir /home/leakbot --create-home --shell /usr/sbin/nologin leakbot \
 && mkdir -p /data /config \
 && chown 10001:10001 /data
COPY --from=build /opt/leakbot /opt/leakbot
ENV PATH=/opt/leakbot/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/home/leakbot \
    XDG_CACHE_HOME=/home/leakbot/.cache \
    MPLCONFIGDIR=/home/leakbot/.cache/matplotlib \
    DATABASE_URL=sqlite:////data/leakbot.db \
    LEAKBOT_DIRECTORY=/config/directory.yaml \
    LEAKBOT_HEALTH_PORT=3000
USER 10001:10001
# Build matplotlib's font list now (with the CJK font in it), so the first chart does not wait for it.
RUN python -c "import matplotlib.font_manager as fm; fm.fontManager.findfont('IPAexGothic')"
# SQLite database (default DATABASE_URL) and any .env live in the volume; the directory file is mounted at /config.
WORKDIR /data
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('LEAKBOT_HEALTH_PORT', '3000'), timeout=4)"]
ENTRYPOINT ["tini", "--", "leakbot"]
# Socket Mode, probes on LEAKBOT_HEALTH_PORT. HTTP mode (production behind a proxy): run --http --port 3000
CMD ["run"]
