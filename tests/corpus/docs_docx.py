"""stub"""

PLANS: list = []
