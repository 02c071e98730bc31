# Sympa (Debian's sympa 6.2, SQLite, no web interface) behind the lab's Postfix (mta/postfix.sh),
# for the mailing-list set (LAB_SET=lists, lists.ts): its primary domain sympa.lab.test; Postfix
# hands each list's address to Sympa's queue program through an alias file owned by the sympa
# user, and Sympa sends through Postfix's sendmail. Its daemons sympa_msg.pl (posts, commands)
# and bulk.pl (sending) run while the lab waits.
# shellcheck source=scripts/lab/mta/postfix.sh
source scripts/lab/mta/postfix.sh
PACKAGE="postfix sympa sqlite3"
SYMPA_CONF=/etc/sympa/sympa/sympa.conf
preseed() {
  debconf-set-selections <<<"postfix postfix/main_mailer_type select Local only"
  debconf-set-selections <<<"sympa sympa/database-type select sqlite3"
  debconf-set-selections <<<"sympa wwsympa/webserver_type select none"
}
eval "postfix_$(declare -f configure)"
configure() {
  postfix_configure
  SY=$LAB_WORK/sympa/lists && rm -rf "$SY" && mkdir -p "$SY" && chown sympa: "$SY"
  postconf -e myhostname=sympa.lab.test mydestination=sympa.lab.test \
    alias_maps="hash:$SY/aliases" alias_database="hash:$SY/aliases"
  sed -i -e 's/^domain\t.*/domain\tsympa.lab.test/' -e 's/^listmaster\t.*/listmaster\towner@lab.test/' "$SYMPA_CONF"
  # A run starts from no lab list: an earlier run's lists, members and queued mail go.
  rm -rf /var/lib/sympa/list_data/lab-* /var/spool/sympa/*/*
  sqlite3 "$(sed -n 's/^db_name\t//p' "$SYMPA_CONF")" \
    "DELETE FROM subscriber_table WHERE list_subscriber LIKE 'lab-%';
     DELETE FROM admin_table WHERE list_admin LIKE 'lab-%'; DELETE FROM list_table WHERE name_list LIKE 'lab-%';"
  mkdir -p /run/sympa && chown sympa: /run/sympa
  local q=/usr/lib/sympa/bin/queue name policy owner members send
  echo "sympa: \"| $q sympa@sympa.lab.test\"" >"$SY/aliases"
  while read -r name policy owner members; do
    case $policy in
      closed) send=private ;;
      moderated) send=editorkey ;;
      held-nonmember) send=privateoreditorkey ;;
      explicit) send=public_nobcc ;;
      size) send=private ;;
      *) continue ;;
    esac
    cat >"$SY/$name.xml" <<XML
<?xml version="1.0" ?>
<list><listname>$name</listname><type>discussion_list</type><subject>$name</subject>
<description>lab</description><topics>other</topics><status>open</status><language>en</language>
<owner multiple="1"><email>$owner</email></owner>
<editor multiple="1"><email>mod@lab.test</email></editor></list>
XML
    /usr/lib/sympa/bin/sympa.pl create --input_file="$SY/$name.xml" sympa.lab.test >/dev/null
    printf '\nsend %s\n' "$send" >>"/var/lib/sympa/list_data/$name/config"
    [ "$policy" = size ] && printf '\nmax_size 20000\n' >>"/var/lib/sympa/list_data/$name/config"
    tr ',' '\n' <<<"$members" | /usr/lib/sympa/bin/sympa.pl add --force --quiet "$name@sympa.lab.test" >/dev/null
    echo "$name: \"| $q $name@sympa.lab.test\"" >>"$SY/aliases"
  done < <(node --import tsx scripts/lab/lists.ts)
  postalias "$SY/aliases" && chown sympa: "$SY/aliases" "$SY/aliases.db"
}
start() {
  postfix start
  /usr/lib/sympa/bin/sympa_msg.pl && /usr/lib/sympa/bin/bulk.pl
}
flush() { postqueue -f; }
stop() {
  local p
  for p in /run/sympa/sympa_msg.pid /run/sympa/bulk.pid; do [ -f "$p" ] && kill "$(head -1 "$p")" 2>/dev/null; done
  postfix stop
}
version() { echo "Sympa $(dpkg-query -W -f '${Version}' sympa | sed 's/~.*//; s/-[^-]*$//') (Postfix $(postconf -h mail_version))"; }
