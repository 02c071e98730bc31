# Haraka (the Node.js mail server, npm package haraka 3.x): not a Debian package, so installed from
# the npm registry outside the repository (HARAKA_PREFIX), with swaks (Debian) to submit, since
# Haraka has no sendmail command: it takes the lab's messages by SMTP on 127.0.0.2:2525 and relays
# them (the relay plugin's ACL allows loopback) through its outbound queue, which looks up the MX
# in the lab's DNS, retries temporary failures by temp_fail_intervals and bounces to the sender.
# Haraka sends no delay warnings; it gives up after its last interval, counted in attempts, not
# time: 6 retries 30 s apart put its expiry after the lab's 3-minute lifetime. Its own timers
# run the queue (a flush, SIGHUP, would retry early and spend the attempts), so flush does nothing.
PACKAGE="haraka@3"
HARAKA_PREFIX=${HARAKA_PREFIX:-/tmp/haraka-install}
# $server: haraka, or haraka-skeleton (haraka-skeleton.sh), each with its own folder and name.
HOME_DIR="$LAB_WORK/$server/home"
SUBMIT="bash scripts/lab/mta/haraka-submit.sh 127.0.0.2:2525"
preseed() { :; }
install_server() {
  apt-get install -y -q swaks
  npm install --prefix "$HARAKA_PREFIX" --no-audit --no-fund "$PACKAGE"
}
configure() {
  # A run starts from an empty queue (a fresh folder): nothing left from an earlier run. Haraka's
  # skeleton (haraka -i) with the configuration the package ships, as when it runs from its own
  # tree: haraka -i leaves out the bounce templates (outbound.bounce_message*), without which its
  # bounce has no From, To or Subject and an empty text part (haraka-skeleton.sh keeps it so).
  rm -rf "$HOME_DIR"
  local pkg=$HARAKA_PREFIX/node_modules/haraka
  node "$pkg/bin/haraka" -i "$HOME_DIR" >/dev/null
  local c=$HOME_DIR/config
  [ -n "${HARAKA_SKELETON:-}" ] || cp -r "$pkg/config/." "$c/"
  echo "$server.lab.test" >"$c/me"
  printf '[main]\nlisten=127.0.0.2:2525\nnodes=0\n' >"$c/smtp.ini"
  # Relaying for loopback only; no smtp_forward: outbound delivery is what retries and bounces.
  echo relay >"$c/plugins"
  printf '[relay]\nacl=true\n' >"$c/relay.ini"
  echo 127.0.0.0/8 >"$c/relay_acl_allow"
  # The lab's MX hosts are on loopback (local_mx_ok); the receiver offers no STARTTLS.
  printf 'temp_fail_intervals=30s*6\nconnect_timeout=10\nlocal_mx_ok=true\nenable_tls=false\ninet_prefer=v4\n' \
    >"$c/outbound.ini"
}
start() {
  node "$HARAKA_PREFIX/node_modules/haraka/bin/haraka" -c "$HOME_DIR" >"$LAB_WORK/$server/haraka.log" 2>&1 &
  echo $! >"$LAB_WORK/$server/haraka.pid"
  sleep 3
}
flush() { :; }
stop() { kill "$(cat "$LAB_WORK/$server/haraka.pid")" 2>/dev/null || true; }
version() {
  echo "Haraka $(node -p "require('$HARAKA_PREFIX/node_modules/haraka/package.json').version")${HARAKA_SKELETON:+ (haraka -i)}"
}
