"""SplitMix64, the small portable PRNG the example generators share (Steele, Lea & Flood, 2014).

Only integer arithmetic and exactly built floats, so the same seed gives the same numbers on any machine
and Python version: the example data are byte-identical wherever they are generated.
"""

MASK64 = (1 << 64) - 1


class SplitMix64:
    """Tiny, portable 64-bit PRNG (Steele, Lea & Flood, 2014)."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self):
        """A float in [0, 1) built exactly from 53 random bits."""
        return (self.next_u64() >> 11) / 9007199254740992.0

    def below(self, n):
        """An integer in [0, n), without modulo bias (rejection sampling)."""
        limit = (1 << 64) - ((1 << 64) % n)
        while True:
            x = self.next_u64()
            if x < limit:
                return x % n

    def chance(self, per_mille):
        """True with probability per_mille / 1000."""
        return self.below(1000) < per_mille

    def normal(self, sd):
        """Approximately normal N(0, sd^2): Irwin-Hall sum of 12 uniforms.

        Uses only additions and one multiplication, which IEEE 754 makes exact
        and reproducible everywhere (no libm calls).
        """
        total = 0.0
        for _ in range(12):
            total += self.uniform()
        return (total - 6.0) * sd

    def pick_weighted(self, choices):
        """choices: list of (value, integer weight)."""
        total = sum(w for _, w in choices)
        r = self.below(total)
        for value, weight in choices:
            if r < weight:
                return value
            r -= weight
        raise AssertionError("unreachable")

    def pick(self, items):
        return items[self.below(len(items))]

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
