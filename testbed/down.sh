#!/usr/bin/env bash
# Stops and deletes the local development cluster that testbed/up.sh created.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/versions.env"
CACHE=${TESTBED_CACHE:-$HOME/.cache/testbed}
NAME=${ODIGOS_DEV_CLUSTER:-odigos-dev}
export KWOK_WORKDIR="$CACHE/kwok-workdir"
"$CACHE/kwok-$KWOK_VERSION/bin/kwokctl" --name "$NAME" delete cluster
rm -rf "$CACHE/clusters/$NAME"
