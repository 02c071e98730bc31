# Sendmail (Debian's sendmail-bin) with a .cf built from our own .mc by Debian's sendmail-cf m4
# files, its own queue, run as a queue runner only (no listener) and given with -C.
PACKAGE="sendmail-bin sendmail-cf"
CF=/etc/mail/lab.cf
SUBMIT="/usr/sbin/sendmail -C$CF"
PIDFILE=/run/sendmail-lab.pid
preseed() { :; }
configure() {
  # A run starts from an empty queue (the lab's own): nothing left from an earlier run.
  rm -rf /var/spool/mqueue-lab
  mkdir -p /var/spool/mqueue-lab && chmod 700 /var/spool/mqueue-lab
  m4 >"$CF" <<MC
divert(-1)
divert(0)dnl
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`bounce lab')dnl
OSTYPE(\`debian')dnl
define(\`confDOMAIN_NAME', \`sendmail.lab.test')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`QUEUE_DIR', \`/var/spool/mqueue-lab')dnl
define(\`confPID_FILE', \`$PIDFILE')dnl
define(\`confTO_QUEUEWARN', \`${LAB_WARN%%,*}')dnl
define(\`confTO_QUEUERETURN', \`$LAB_EXPIRE')dnl
define(\`confTO_CONNECT', \`10s')dnl
define(\`confTO_ICONNECT', \`10s')dnl
define(\`confTO_INITIAL', \`10s')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confTO_RESOLVER_RETRANS', \`3s')dnl
define(\`confTO_RESOLVER_RETRY', \`2')dnl
FEATURE(\`nocanonify')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
MC
}
# The routing set (routes.ts): its own aliases (user+detail falls back to user) and a user's
# .forward. Sendmail takes an alias file only in a folder root owns and nobody else may write.
ROUTES="aliases forward smtputf8"
route_tables() {
  local aliases=/var/lib/bounce-lab-routes/aliases
  mkdir -p "$(dirname "$aliases")" && chmod 755 "$(dirname "$aliases")"
  cp "$1/aliases" "$aliases"
  sed -i "s|^O AliasFile=.*|O AliasFile=hash:$aliases|; s|^Cwlocalhost\$|Cwlocalhost\nCwsendmail.lab.test|" "$CF"
  /usr/sbin/sendmail -C"$CF" -bi
  forward_file "$1" .forward
}
# The localized set (locales.ts): Sendmail translates none of its own text; an admin's ErrorHeader
# paragraph comes first in every notice. Sendmail reads that file only from a path no one but root
# may write (not under /tmp): a copy in /etc/mail.
LOCALES="ja-jis de"
ERROR_HEADER=/etc/mail/lab-error-header
locale_templates() {
  install -m 644 "$1/sendmail-header" "$ERROR_HEADER"
  sed -i "s|^#*O ErrorHeader=.*|O ErrorHeader=$ERROR_HEADER|" "$CF"
}
start() { /usr/sbin/sendmail -C"$CF" -q15s; }
flush() { :; }
stop() {
  [ -f "$PIDFILE" ] && kill "$(head -1 "$PIDFILE")" || true
  rm -rf /var/lib/bounce-lab-routes "$ERROR_HEADER"
}
version() { echo "Sendmail $(/usr/sbin/sendmail -C"$CF" -d0.1 -bt </dev/null 2>/dev/null | sed -n 's/^Version \([^ ]*\).*/\1/p' | head -1)"; }
