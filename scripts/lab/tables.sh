# shellcheck shell=bash
# Helpers for the servers' route_tables (mta/<server>.sh), sourced by session.sh and aliases.sh.

# The local user of DIR/forward ("user target"), created if missing, with a forward file named
# NAME (.forward) that sends everything on to the target; nothing when DIR has no forward table.
forward_file() {
  local user target
  [ -s "$1/forward" ] || return 0
  read -r user target <"$1/forward"
  id "$user" >/dev/null 2>&1 || useradd -m "$user"
  printf '%s\n' "$target" >"/home/$user/$2"
  chown "$user:" "/home/$user/$2" && chmod 644 "/home/$user/$2"
}
