#!/usr/bin/env bash
# Brings up the local Odigos development cluster on this machine, without Docker: a real kube-apiserver + etcd,
# kube-controller-manager and kube-scheduler (all built by install.sh), and kwok for simulated nodes and pods.
# Installs the Odigos CRDs and the odigos-system namespace, then prints the kubeconfig path.
# Idempotent: a cluster that is already up is reused (and restarted if it was stopped).
#
# Usage: testbed/up.sh            (env: ODIGOS_DEV_CLUSTER=odigos-dev, ODIGOS_DEV_NODES=2, TESTBED_CACHE)
# Stop:  testbed/down.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/versions.env"
CACHE=${TESTBED_CACHE:-$HOME/.cache/testbed}
NAME=${ODIGOS_DEV_CLUSTER:-odigos-dev}
NODES=${ODIGOS_DEV_NODES:-2}
t0=$(date +%s)

"$here/install.sh" apt k8s etcd kwok

K8S_BIN="$CACHE/k8s-$K8S_VERSION/bin"
KWOK_BIN="$CACHE/kwok-$KWOK_VERSION/bin"
STATE="$CACHE/clusters/$NAME"
KUBECONFIG_FILE="$STATE/kubeconfig"
mkdir -p "$STATE"
export KWOK_WORKDIR="$CACHE/kwok-workdir"
kubectl() { "$K8S_BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" "$@"; }
# kwokctl logs JSON lines: keep them in a file and show them only when a step fails
kwokctl() { "$KWOK_BIN/kwokctl" "$@" >>"$STATE/kwokctl.log" 2>&1 || { tail -20 "$STATE/kwokctl.log"; return 1; }; }

# Everything from local paths: kwokctl's defaults are download URLs, which this machine cannot reach.
cat >"$STATE/kwokctl.yaml" <<YAML
kind: KwokctlConfiguration
apiVersion: config.kwok.x-k8s.io/v1alpha1
options:
  runtime: binary
  kubeVersion: v$K8S_VERSION
  kubeBinaryPrefix: $K8S_BIN
  kubectlBinary: $K8S_BIN/kubectl
  etcdBinary: $CACHE/etcd-$ETCD_VERSION/bin/etcd
  etcdctlBinary: $CACHE/etcd-$ETCD_VERSION/bin/etcdctl
  kwokControllerBinary: $KWOK_BIN/kwok
  bindAddress: 127.0.0.1
YAML

if "$KWOK_BIN/kwokctl" get clusters 2>/dev/null | grep -qx "$NAME"; then
  echo "[up] cluster $NAME exists: starting it (no-op when running)"
  kwokctl --name "$NAME" start cluster --wait 2m || true
else
  # --kubeconfig: kwokctl would otherwise add the cluster to ~/.kube/config and switch its current context
  echo "[up] creating cluster $NAME (kube-apiserver v$K8S_VERSION, etcd $ETCD_VERSION, kwok $KWOK_VERSION)"
  kwokctl --config "$STATE/kwokctl.yaml" --name "$NAME" create cluster --kubeconfig "$KUBECONFIG_FILE" --wait 3m
fi
"$KWOK_BIN/kwokctl" --name "$NAME" get kubeconfig >"$KUBECONFIG_FILE"

echo "[up] installing the Odigos CRDs from helm/odigos/crds"
kubectl apply --server-side --force-conflicts -f "$root/helm/odigos/crds/" >/dev/null
kubectl wait --for condition=established --timeout=60s -f "$root/helm/odigos/crds/" >/dev/null
kubectl create namespace odigos-system --dry-run=client -o yaml | kubectl apply -f - >/dev/null

have=$(kubectl get nodes -l type=kwok -o name 2>/dev/null | wc -l)
if ((have < NODES)); then
  echo "[up] adding $((NODES - have)) simulated nodes"
  kwokctl --name "$NAME" scale node --replicas "$NODES"
fi
kubectl wait --for condition=Ready --timeout=60s node --all >/dev/null

echo "[up] server: $(kubectl version -o json | sed -n 's/.*"gitVersion": "\(v[^"]*\)".*/\1/p' | tail -1)"
kubectl get nodes
kubectl get crd -o name | grep odigos.io | sed 's/^/[up]   /'
echo "[up] ready in $(($(date +%s) - t0))s"
echo "[up] kubeconfig: $KUBECONFIG_FILE"
echo "[up] use it with: export KUBECONFIG=$KUBECONFIG_FILE"
