# Mailman 3 (Debian's mailman3: its core, with SQLite, no web interface) behind the lab's Postfix
# (mta/postfix.sh), for the mailing-list set (LAB_SET=lists, lists.ts): a configuration of its own
# in the run's folder; Postfix hands the lists' addresses to its LMTP server (127.0.0.1:8024),
# and it sends its posts and notices back through Postfix's listener on 127.0.0.1:2525.
# shellcheck source=scripts/lab/mta/postfix.sh
source scripts/lab/mta/postfix.sh
PACKAGE="postfix mailman3"
LAB_SENDER=sender@inbox.lab.test
eval "postfix_$(declare -f configure)"
configure() {
  postfix_configure
  MM=$LAB_WORK/mailman3/var
  rm -rf "$MM" && mkdir -p "$MM" && chown list: "$MM"
  postconf -e myhostname=mailman3.lab.test mydestination=mailman3.lab.test \
    transport_maps="regexp:$MM/transport" local_recipient_maps=
  echo '/^lab-[a-z]+(-[a-z]+)?@mailman3\.lab\.test$/ lmtp:[127.0.0.1]:8024' >"$MM/transport"
  postconf -M "127.0.0.1:2525/inet=127.0.0.1:2525 inet n - n - - smtpd"
  cat >"$MM/mailman.cfg" <<CFG
[mailman]
site_owner: owner@lab.test
layout: lab
[paths.lab]
var_dir: $MM
bin_dir: /usr/lib/mailman3/bin
pid_file: $MM/master.pid
[database]
class: mailman.database.sqlite.SQLiteDatabase
url: sqlite:///$MM/mailman.db
[mta]
incoming: mailman.mta.null.NullMTA
outgoing: mailman.mta.deliver.deliver
smtp_host: 127.0.0.1
smtp_port: 2525
lmtp_host: 127.0.0.1
lmtp_port: 8024
[webservice]
port: 8001
[runner.bounces]
sleep_time: 5s
CFG
  chown list: "$MM/mailman.cfg"
  node --import tsx scripts/lab/lists.ts >"$MM/lists.txt"
  mm shell --run mailman3_lab.setup
}
mm() {
  su -s /bin/sh list -c "cd $MM && PYTHONPATH=$PWD/scripts/lab/mta LAB_LISTS=$MM/lists.txt LAB_SENDER=$LAB_SENDER mailman -C $MM/mailman.cfg $*"
}
start() {
  postfix start
  mm start --force
}
# While the lab waits: the moderator rejects what the rejecting list holds, and the probe list
# records a bounce of the user's address once the user's post went out.
flush() {
  mm shell --run mailman3_lab.reject >/dev/null 2>&1 || true
  if [ ! -e "$LAB_WORK/mailman3/probe-bounced" ]; then
    touch "$LAB_WORK/mailman3/probe-bounced"
    mm shell --run mailman3_lab.bounce >/dev/null 2>&1 || true
  fi
  postqueue -f
}
stop() {
  mm stop || true
  postfix stop
  # the next server's Postfix (the lab's other managers and sets) has no LMTP transport
  postconf -X transport_maps local_recipient_maps
}
version() { echo "Mailman $(dpkg-query -W -f '${Version}' mailman3 | sed 's/-[^-]*$//') (Postfix $(postconf -h mail_version))"; }
