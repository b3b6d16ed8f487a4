import random
from collections import Counter

rng = random.Random(2023)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
counts = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {'#' * (counts[total] // 10)} {counts[total]}")
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]]
rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    print(f"player {i}: {' '.join(hand)}")
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice([-1, 1]))
print(walk, max(walk), min(walk))
print(rng.sample(range(1, 50), 6), round(rng.random(), 4))
