# The lab's lists in Mailman 3 (mta/mailman3.sh runs these with `mailman shell --run`): setup makes
# one list per line of `tsx scripts/lab/lists.ts` (name, policy, owner, members) with its policy;
# reject has the moderator reject the posts held on the rejecting list; bounce records a bounce of
# the user's address on the probe list (what Mailman's bounce runner records for a member's DSN).
import os
from email import message_from_string

from mailman.app.lifecycle import create_list
from mailman.app.moderator import handle_message
from mailman.config import config
from mailman.interfaces.action import Action
from mailman.interfaces.bounce import IBounceProcessor
from mailman.interfaces.domain import IDomainManager
from mailman.interfaces.listmanager import IListManager
from mailman.interfaces.mailinglist import IHeaderMatchList
from mailman.interfaces.member import MemberRole
from mailman.interfaces.requests import IListRequests, RequestType
from mailman.interfaces.usermanager import IUserManager
from mailman.utilities.datetime import now
from zope.component import getUtility

DOMAIN = "mailman3.lab.test"


def setup():
    users = getUtility(IUserManager)
    if getUtility(IDomainManager).get(DOMAIN) is None:
        getUtility(IDomainManager).add(DOMAIN)
    with open(os.environ["LAB_LISTS"]) as lines:
        for line in filter(None, (l.strip() for l in lines)):
            name, policy, owner, members = line.split(" ")
            mlist = create_list(f"{name}@{DOMAIN}", owners=[owner])
            mlist.send_welcome_message = False
            mlist.send_goodbye_message = False
            mlist.admin_notify_mchanges = False
            mlist.admin_immed_notify = False
            for email in members.split(","):
                address = users.get_address(email) or users.create_address(email)
                address.verified_on = now()
                member = mlist.subscribe(address, MemberRole.member)
                if policy in ("moderated", "rejecting"):
                    member.moderation_action = Action.hold
            if policy == "closed":
                mlist.default_nonmember_action = Action.reject
            elif policy == "held-nonmember":
                mlist.default_nonmember_action = Action.hold
            elif policy in ("moderated", "rejecting"):
                mlist.default_member_action = Action.hold
            elif policy == "size":
                mlist.max_message_size = 20
            elif policy == "explicit":
                mlist.require_explicit_destination = True
            elif policy == "access":
                IHeaderMatchList(mlist).append("From", r"sender@inbox\.lab\.test", "reject")
            elif policy in ("bouncing", "owned"):
                mlist.bounce_score_threshold = 1
                mlist.bounce_notify_owner_on_disable = True
    config.db.commit()


def reject():
    mlist = getUtility(IListManager).get(f"lab-rejecting@{DOMAIN}")
    requests = IListRequests(mlist)
    for request in list(requests.of_type(RequestType.held_message)):
        handle_message(mlist, request.id, Action.reject, "Off topic for this list.")
    config.db.commit()


def bounce():
    mlist = getUtility(IListManager).get(f"lab-probe@{DOMAIN}")
    address = os.environ["LAB_SENDER"]
    dsn = message_from_string(
        f"From: MAILER-DAEMON@{DOMAIN}\nTo: lab-probe-bounces@{DOMAIN}\n"
        f"Subject: Undelivered Mail\nMessage-ID: <lab-probe-bounce@{DOMAIN}>\n\n"
        f"<{address}>: mailbox unavailable\n"
    )
    getUtility(IBounceProcessor).register(mlist, address, dsn)
    config.db.commit()
