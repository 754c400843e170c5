# Shared by the Scripts: make sure the Debian packages learnlog builds and tests against exist.
# Sourced, not run.

learnlog_require_packages() {
  local missing=()
  dpkg -s libreadline-dev >/dev/null 2>&1 || missing+=(libreadline-dev)
  dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]}…" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  else
    echo "learnlog needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}

learnlog_require_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
      export PATH="/opt/swift/usr/bin:$PATH"
    else
      echo "learnlog needs the Swift 6 toolchain (https://swift.org/install); 'swift' is not on PATH." >&2
      return 1
    fi
  fi
}

# How every script builds the release binary. The Swift runtime and Foundation are linked in
# (--static-swift-stdlib): the dynamic loader no longer relocates a dozen shared libraries at
# every start, which was about half of the instructions before the first prompt. Scripts share
# these flags because a build with other flags rebuilds everything.
learnlog_release_build=(swift build -c release --static-swift-stdlib)
