#!/usr/bin/env bash
# Build the leakbot image and run it for real against the fake Slack (tests/fakeslack), on this machine only.
# Needs a Docker daemon, and the project's virtualenv for the fake Slack (make install).
#   deploy/docker-smoke.sh            # IMAGE=leakbot:smoke by default; SKIP_BUILD=1 to test an existing image
# Checks: non-root user, CJK font, SQLite in the /data volume, /readyz ready with the right token, a wrong
# token refused at start, SIGTERM → exit 0 within 5 s in HTTP and Socket Mode, the image's HEALTHCHECK.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-leakbot:smoke}
PY=${PY:-.venv/bin/python}
HTTP_PORT=${HTTP_PORT:-38080}
HEALTH_PORT=${HEALTH_PORT:-38081}
TAG=leakbot-smoke-$$

if ! docker info >/dev/null 2>&1; then
  echo "docker-smoke: no Docker daemon reachable here; nothing was run" >&2
  exit 2
fi

work=$(mktemp -d)
fake_pid=""
cleanup() {
  docker rm -f "$TAG-http" "$TAG-socket" "$TAG-wrong" >/dev/null 2>&1 || true
  docker volume rm "$TAG-data" >/dev/null 2>&1 || true
  if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1" >&2; exit 1; }

wait_for() {  # wait_for URL STATUS SECONDS
  local url=$1 want=$2 deadline=$((SECONDS + $3)) got
  while [ "$SECONDS" -lt "$deadline" ]; do
    got=$("$PY" -c "import sys, urllib.request, urllib.error
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=2).status)
except urllib.error.HTTPError as e:
    print(e.code)
except OSError:
    print(0)" "$url")
    [ "$got" = "$want" ] && return 0
    sleep 0.5
  done
  return 1
}

stop_within() {  # stop_within CONTAINER SECONDS: SIGTERM, then the exit code must be 0 in time
  local name=$1 limit=$2 start end code
  start=$(date +%s.%N)
  docker stop --time 20 "$name" >/dev/null
  end=$(date +%s.%N)
  code=$(docker inspect --format '{{.State.ExitCode}}' "$name")
  "$PY" -c "import sys; sys.exit(0 if float(sys.argv[2]) - float(sys.argv[1]) < float(sys.argv[3]) else 1)" "$start" "$end" "$limit" \
    || fail "$name took more than ${limit}s to stop"
  [ "$code" = 0 ] || fail "$name exited with $code after SIGTERM (expected 0)"
}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  docker build --tag "$IMAGE" .
fi

if [ "$(docker run --rm --entrypoint id "$IMAGE" -u)" = 10001 ]; then pass "runs as uid 10001"; else fail "not uid 10001"; fi

if docker run --rm --entrypoint python "$IMAGE" -c \
  "import matplotlib.font_manager as fm; print(fm.findfont('IPAexGothic', fallback_to_default=False))" >/dev/null
then pass "CJK font (IPAexGothic) found by matplotlib"; else fail "no CJK font"; fi

docker volume create "$TAG-data" >/dev/null
docker run --rm -v "$TAG-data:/data" "$IMAGE" migrate upgrade >/dev/null
if docker run --rm -v "$TAG-data:/data" --entrypoint test "$IMAGE" -s /data/leakbot.db
then pass "default SQLite database created in the /data volume"; else fail "no database in /data"; fi

cat > "$work/directory.yaml" <<'YAML'
office_channel: C0SMOKE01
executives: [exec@example.com]
departments:
  - id: sales
    name: {ja: 営業部, en: Sales}
    owner: owner@example.com
    deputy: deputy@example.com
YAML
chmod 644 "$work/directory.yaml"

"$PY" deploy/docker-smoke-slack.py > "$work/fake-url" &
fake_pid=$!
for _ in $(seq 50); do [ -s "$work/fake-url" ] && break; sleep 0.2; done
api_url=$(head -n1 "$work/fake-url")
[ -n "$api_url" ] || fail "the fake Slack did not start"

common=(--network host -v "$work/directory.yaml:/config/directory.yaml:ro" -v "$TAG-data:/data"
        -e "SLACK_API_URL=$api_url" -e SLACK_SIGNING_SECRET=smoke-secret -e LEAKBOT_LANGUAGE=en)

docker run -d --name "$TAG-http" "${common[@]}" -e SLACK_BOT_TOKEN=xoxb-smoke-good \
  -e "LEAKBOT_HEALTH_PORT=$HTTP_PORT" "$IMAGE" run --http --port "$HTTP_PORT" >/dev/null
if wait_for "http://127.0.0.1:$HTTP_PORT/readyz" 200 60; then pass "HTTP mode: /readyz 200 with the right token"
else docker logs "$TAG-http" >&2; fail "HTTP mode never became ready"; fi
for _ in $(seq 60); do
  [ "$(docker inspect --format '{{.State.Health.Status}}' "$TAG-http")" = healthy ] && break; sleep 1
done
if [ "$(docker inspect --format '{{.State.Health.Status}}' "$TAG-http")" = healthy ]; then pass "HEALTHCHECK reports healthy"
else fail "HEALTHCHECK never healthy"; fi
stop_within "$TAG-http" 5 && pass "HTTP mode: SIGTERM → exit 0 within 5 s"

docker run -d --name "$TAG-socket" "${common[@]}" -e SLACK_BOT_TOKEN=xoxb-smoke-good \
  -e SLACK_APP_TOKEN=xapp-smoke-good -e "LEAKBOT_HEALTH_PORT=$HEALTH_PORT" "$IMAGE" run >/dev/null
if wait_for "http://127.0.0.1:$HEALTH_PORT/readyz" 200 60; then pass "Socket Mode: /readyz 200 on LEAKBOT_HEALTH_PORT"
else docker logs "$TAG-socket" >&2; fail "Socket Mode never became ready"; fi
stop_within "$TAG-socket" 5 && pass "Socket Mode: SIGTERM → exit 0 within 5 s"

docker run -d --name "$TAG-wrong" "${common[@]}" -e SLACK_BOT_TOKEN=xoxb-smoke-wrong \
  "$IMAGE" run --http --port "$HTTP_PORT" >/dev/null
code=$(docker wait "$TAG-wrong")
if [ "$code" = 2 ]; then pass "a wrong token is refused at start (exit 2)"
else docker logs "$TAG-wrong" >&2; fail "wrong token: exit $code"; fi
if docker logs "$TAG-wrong" 2>&1 | grep -q Traceback; then fail "a traceback for a wrong token"; fi

echo "docker-smoke: all checks passed for $IMAGE"
