# mlmmj (Debian's mlmmj) behind the lab's Postfix (mta/postfix.sh), for the mailing-list set
# (LAB_SET=lists, lists.ts): Postfix delivers each list's address (and its +extensions) to
# mlmmj-receive through an alias owned by the mlmmj user; mlmmj sends its posts and notices back
# through Postfix's listener on 127.0.0.1:2525 (port 25 is the lab receiver's).
# shellcheck source=scripts/lab/mta/postfix.sh
source scripts/lab/mta/postfix.sh
PACKAGE="postfix mlmmj"
SPOOL=/var/spool/mlmmj-lab
eval "postfix_$(declare -f configure)"
configure() {
  postfix_configure
  postconf -e myhostname=mlmmj.lab.test mydestination=mlmmj.lab.test recipient_delimiter=+ \
    alias_maps="hash:$SPOOL/aliases" alias_database="hash:$SPOOL/aliases"
  postconf -M "127.0.0.1:2525/inet=127.0.0.1:2525 inet n - n - - smtpd"
  id mlmmj >/dev/null 2>&1 || useradd -r -d "$SPOOL" -s /usr/sbin/nologin mlmmj
  rm -rf "$SPOOL" && mkdir -p "$SPOOL"
  local name policy owner members c
  while read -r name policy owner members; do
    printf 'mlmmj.lab.test\n%s\nen\n' "$owner" | mlmmj-make-ml -L "$name" -s "$SPOOL" >/dev/null
    c=$SPOOL/$name/control
    echo 2525 >"$c/smtpport"
    echo mlmmj.lab.test >"$c/smtphelo"
    echo "$MODERATOR" >"$c/moderators"
    tr ',' '\n' <<<"$members" | while read -r m; do /usr/bin/mlmmj-sub -L "$SPOOL/$name" -a "$m" -f -q -s -U; done
    case $policy in
      closed) touch "$c/subonlypost" ;;
      moderated) touch "$c/moderated" "$c/notifymod" ;;
      held-nonmember) touch "$c/modnonsubposts" "$c/notifymod" ;;
      size) echo 20000 >"$c/maxmailsize" ;;
      # mlmmj refuses a post whose To: and Cc: lack the list's address unless tocc is set
      explicit) ;;
      access) printf 'deny ^From:.*%s\nallow\n' "${SENDER//./\\.}" >"$c/access" ;;
      modonly) touch "$c/modonlypost" ;;
      bouncing) echo 20 >"$c/bouncelife" ;;
    esac
    echo "$name: \"|/usr/bin/mlmmj-receive -L $SPOOL/$name/\"" >>"$SPOOL/aliases"
  done < <(node --import tsx scripts/lab/lists.ts)
  chown -R mlmmj: "$SPOOL"
  postalias "$SPOOL/aliases" && chown mlmmj: "$SPOOL/aliases" "$SPOOL/aliases.db"
}
MODERATOR=mod@lab.test
SENDER=sender@inbox.lab.test
# While the lab waits: the probe list records a bounce of the user's address (mlmmj-bounce, what
# mlmmj-process runs for mail to a +bounces- address), and mlmmj's maintenance runs (its probes).
# mlmmj 1.3 tells the poster nothing
# when a moderator rejects a post or a request expires: lists.ts has no such list for it.
flush() {
  if [ ! -e "$LAB_WORK/mlmmj/probe-bounced" ] && [ -s "$SPOOL/lab-probe/index" ]; then
    touch "$LAB_WORK/mlmmj/probe-bounced"
    su -s /bin/sh mlmmj -c "/usr/bin/mlmmj-bounce -L $SPOOL/lab-probe -a ${SENDER/@/=} -n 1"
  fi
  su -s /bin/sh mlmmj -c "/usr/bin/mlmmj-maintd -F -d $SPOOL" >/dev/null 2>&1 || true
  postqueue -f
}
version() { echo "mlmmj $(dpkg-query -W -f '${Version}' mlmmj | sed 's/-[^-]*$//') (Postfix $(postconf -h mail_version))"; }
