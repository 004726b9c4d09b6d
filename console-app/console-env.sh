# Shared by console-app/run.sh, console-app/aot-cache.sh and bench/run.sh (source it; needs $root, the repository,
# and $JAVA_HOME): the console's class path, its JVM options, and where the AOT cache of this exact build lives.
#
# A JDK 25 AOT cache (-XX:AOTCache) takes a class path of jars only and is refused when a jar's size or mtime
# differs from the training run; Maven rewrites the module jars on every package. So aot-cache.sh copies the
# project's jars into a directory named after a hash of their class files' contents (plus the dependencies'
# paths, sizes and mtimes, jvm.options and the JDK), trains the cache against those copies, and run.sh starts from
# that directory whenever the build still hashes the same.

cache_root() {
  echo "${ODIGOS_CACHE_DIR:-$HOME/.cache/odigos}/console-aot"
}

console_jar() {
  local jars=("$root"/console-app/target/console-app-*.jar)
  echo "${jars[0]}"
}

# the class path as built: console-app's jar, then its runtime dependencies
console_classpath() {
  echo "$(console_jar):$(cat "$root/console-app/target/runtime-classpath.txt")"
}

# the options of console-app/jvm.options, one per element, in the array CONSOLE_OPTIONS
console_options() {
  mapfile -t CONSOLE_OPTIONS < <(grep -v '^\s*#' "$root/console-app/jvm.options" | grep -v '^\s*$')
}

# a hash of what the console runs: the project jars by the contents of their class directories, other jars by
# path, size and mtime (the local Maven repository does not rewrite them), the options and the JDK
console_build_key() {
  local jar
  {
    tr ':' '\n' <<<"$(console_classpath)" | while read -r jar; do
      if [[ "$jar" == "$root"/* ]]; then
        echo "$jar"
        (cd "$(dirname "$jar")/classes" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
      else
        stat -c '%n %s %Y' "$jar"
      fi
    done
    cat "$root/console-app/jvm.options"
    "$JAVA_HOME/bin/java" -version 2>&1
  } | sha256sum | cut -c1-16
}

# the directory of this build's AOT cache (console.aot, classpath.txt, lib/); it may not exist yet
console_aot_dir() {
  echo "$(cache_root)/$(console_build_key)"
}
