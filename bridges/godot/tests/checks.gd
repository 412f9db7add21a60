extends RefCounted
## Named checks, one printed line each ("FIGMENT-CHECK ok|FAIL name"), read by the harness.
##
## The web engine is a release build: assert() is compiled out and most runtime errors are not
## reported, so every expectation is an explicit check here.

var failures: Array[String] = []
var count: int = 0


## Record [param name] as passed when [param ok].
func check(name: String, ok: bool, detail: String = "") -> bool:
	count += 1
	if ok:
		print("FIGMENT-CHECK ok ", name)
	else:
		failures.append(name)
		print("FIGMENT-CHECK FAIL ", name, ": ", detail)
	return ok


## [param actual] equals [param expected].
func equal(name: String, actual: Variant, expected: Variant) -> bool:
	return check(name, actual == expected, "got %s, expected %s" % [actual, expected])


## [param actual] is within [param tolerance] of [param expected].
func near(name: String, actual: float, expected: float, tolerance: float = 1e-4) -> bool:
	return check(
		name, absf(actual - expected) <= tolerance, "got %f, expected %f" % [actual, expected]
	)
