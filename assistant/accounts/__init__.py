"""Personal logins for an organisation sharing one install: who people are and what they may do.

A shared install used to have one username and password for everyone, so anyone who could sign
in could read every member's evidence and remove anything. Each person now has their own login
with a role (`roles.py`); passwords are kept only as argon2 hashes (`passwords.py`) in a private
file in the data folder (`users.py`); wrong passwords are throttled (`throttle.py`) and sessions
end after a set time (`sessions.py`). `signin.py` puts these together for the web app's login.
With no users set up, nothing changes: the single local user may do everything. `audit.py`
is the log of who did what (sign-ins, refusals, exports, removals), which the login writes to
and the faces add to; it sits here, with the people it names.
"""

from assistant.accounts.roles import ROLES, Action, Role, can, refusal
from assistant.accounts.users import User, UserStore

__all__ = ["ROLES", "Action", "Role", "User", "UserStore", "can", "refusal"]
