import copy

original = {"name": "cfg", "values": [1, 2, [3, 4]], "meta": {"v": 1}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["values"].append(5)
deep["values"][2].append(99)
print(original)
print(shallow)
print(deep)
print(shallow is original, shallow["values"] is original["values"], deep["meta"] is original["meta"])
t = (1, [2, 3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy([1, 2]), copy.copy({3}))


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree, clone)
flat = copy.copy(tree)
print(flat.children is tree.children, flat is tree)
cycle = [1]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[1] is c2, c2[0])


class Custom:
    def __init__(self, x):
        self.x = x

    def __copy__(self):
        print("custom copy")
        return Custom(self.x)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.x, memo))


c = Custom([1])
print(copy.copy(c).x, copy.deepcopy(c).x is c.x)
