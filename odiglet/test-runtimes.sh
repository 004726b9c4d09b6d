#!/usr/bin/env bash
# Installs, idempotently, the runtimes the odiglet's detection tests start for real:
# JDK 17 (Debian), g++, Node.js (Debian's when none is installed). JDK 25 and Go come with the build and
# testbed/install.sh; python3 is taken from PATH (pyenv or Debian); rustc from PATH or ~/.cargo/bin.
set -euo pipefail
need=()
[[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]] || need+=(openjdk-17-jdk-headless)
command -v g++ >/dev/null || need+=(g++)
command -v node >/dev/null || need+=(nodejs)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  echo "[test-runtimes] installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v rustc >/dev/null || [[ -x $HOME/.cargo/bin/rustc ]] || echo "[test-runtimes] rustc missing: install rustup's stable toolchain" >&2
command -v go >/dev/null || [[ -x /usr/local/go/bin/go ]] || echo "[test-runtimes] go missing: see testbed/install.sh" >&2
echo "[test-runtimes] java17 g++ node python3 present"
