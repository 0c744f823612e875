package briefing

// Likelihood is a term of the ICD 203 yardstick. A brief uses these terms and
// no others, so that "likely" means 55–80% on every page.
type Likelihood string

// The yardstick, from least to most likely.
const (
	AlmostNoChance    Likelihood = "almost no chance"
	VeryUnlikely      Likelihood = "very unlikely"
	Unlikely          Likelihood = "unlikely"
	RoughlyEvenChance Likelihood = "roughly even chance"
	Likely            Likelihood = "likely"
	VeryLikely        Likelihood = "very likely"
	AlmostCertain     Likelihood = "almost certain"
)

// Yardstick lists the terms in order, least likely first.
var Yardstick = []Likelihood{AlmostNoChance, VeryUnlikely, Unlikely, RoughlyEvenChance, Likely, VeryLikely, AlmostCertain}

// Range returns the term's probability band in percent.
func (l Likelihood) Range() (lo, hi int) {
	switch l {
	case AlmostNoChance:
		return 1, 5
	case VeryUnlikely:
		return 5, 20
	case Unlikely:
		return 20, 45
	case RoughlyEvenChance:
		return 45, 55
	case Likely:
		return 55, 80
	case VeryLikely:
		return 80, 95
	case AlmostCertain:
		return 95, 99
	}
	return 0, 0
}

// Valid reports whether l is one of the yardstick's terms.
func (l Likelihood) Valid() bool {
	lo, _ := l.Range()
	return lo > 0
}
