# A sendmail-style submission for a server that has no sendmail command (Haraka, chasquid): the lab
# calls it as SUBMIT HOST:PORT -oi -f SENDER RCPT... with the message on standard input, and swaks
# hands the message as it is to the server by SMTP (one envelope, every recipient), with the
# server's own swaks options in LAB_SWAKS_OPTS (chasquid: TLS and a user's login).
set -euo pipefail
server=$1
shift
from="" rcpts=()
while [ $# -gt 0 ]; do
  case $1 in
    -oi) ;;
    -f) from=$2 && shift ;;
    *) rcpts+=("$1") ;;
  esac
  shift
done
to=$(IFS=, && echo "${rcpts[*]}")
# shellcheck disable=SC2086
exec swaks --silent 2 --server "$server" ${LAB_SWAKS_OPTS:-} --helo submit.lab.test --from "$from" --to "$to" --data -
