from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
print(cm.get("missing", "n/a"), cm)
cm["color"] = "blue"
print(args, defaults)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps))
print(dict(cm), ChainMap())
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
