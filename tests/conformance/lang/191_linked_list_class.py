class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"

    def __getitem__(self, i):
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList(1, 2, 3)
print(ll, len(ll), list(ll), ll[1])
ll.push(0)
print(ll, 3 in ll, 9 in ll)
ll.reverse()
print(ll, sum(ll), bool(LinkedList()), bool(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(repr(LinkedList("a", "b")))
