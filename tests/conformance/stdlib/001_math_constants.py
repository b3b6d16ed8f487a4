import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.pi * 2 == math.tau, round(math.pi, 4), f"{math.e:.6f}")
print(math.inf > 1e308, math.nan == math.nan, math.isnan(math.inf - math.inf))
