# Installs the Debian packages named as arguments with apt-get (with sudo when not root); nothing when none is named.
# Sourced by the benchmark scripts, which name what they miss.
install_missing() {
  (($# > 0)) || return 0
  echo "Installing $*..."
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" > /dev/null
}
