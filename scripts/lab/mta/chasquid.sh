# chasquid (Debian's chasquid 1.11) with a configuration folder of its own (/etc/chasquid-lab): its
# host name, listeners on 127.0.0.2 only (not port 25), a queue in the run's folder, a user the lab
# logs in as to submit. It has no sendmail command: the lab's messages go by submission over TLS
# (swaks, mta/haraka-submit.sh). It sends no delay warnings and retries a temporary failure far
# beyond the run, so a message with a deferred recipient gives no notice here; its own timers run
# the queue. Used by the routing set (LAB_SET=routes).
PACKAGE="chasquid swaks"
CONF=/etc/chasquid-lab
SUBMIT="bash scripts/lab/mta/haraka-submit.sh 127.0.0.2:2465"
export LAB_SWAKS_OPTS="--tlsc --auth PLAIN --auth-user submit@chasquid.lab.test --auth-password lab-submit"
preseed() { :; }
configure() {
  # A run starts from an empty queue (a fresh data folder): nothing left from an earlier run.
  rm -rf "$CONF" "$LAB_WORK/chasquid/data"
  mkdir -p "$CONF/certs/chasquid.lab.test" "$CONF/domains/chasquid.lab.test" "$LAB_WORK/chasquid/data"
  cat >"$CONF/chasquid.conf" <<CONF
hostname: "chasquid.lab.test"
smtp_address: "127.0.0.2:2526"
submission_address: "127.0.0.2:2587"
submission_over_tls_address: "127.0.0.2:2465"
monitoring_address: ""
data_dir: "$LAB_WORK/chasquid/data"
mail_log_path: "$LAB_WORK/chasquid/mail.log"
mail_delivery_agent_bin: "/bin/false"
CONF
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=chasquid.lab.test \
    -keyout "$CONF/certs/chasquid.lab.test/privkey.pem" \
    -out "$CONF/certs/chasquid.lab.test/fullchain.pem" 2>/dev/null
  chasquid-util --configdir="$CONF" user-add submit@chasquid.lab.test --password=lab-submit >/dev/null
}
# The routing set (routes.ts): its own domain's aliases (a +suffix dropped, as it does), and the
# virtual alias domain as a second domain of aliases (local part: targets).
ROUTES="aliases virtual smtputf8"
route_tables() {
  cp "$1/aliases" "$CONF/domains/chasquid.lab.test/aliases"
  mkdir -p "$CONF/domains/virtual.lab.test"
  sed 's/@virtual\.lab\.test /: /' "$1/virtual" >"$CONF/domains/virtual.lab.test/aliases"
}
start() {
  chasquid -config_dir "$CONF" -logfile "$LAB_WORK/chasquid/chasquid.log" &
  echo $! >"$LAB_WORK/chasquid/chasquid.pid"
}
flush() { :; }
stop() { kill "$(cat "$LAB_WORK/chasquid/chasquid.pid")" 2>/dev/null || true; }
version() { echo "chasquid $(dpkg-query -W -f='${Version}' chasquid | sed 's/-.*//')"; }
