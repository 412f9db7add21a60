class_name FigmentJudgement
extends RefCounted
## The daemon's verdict on an imaginative text, read from a Label (proto3 JSON).
##
## Once a text is whole the daemon's discriminator sorts it, and its Label carries
## [code]judgement[/code]: [code]type[/code] (one of the constants below), [code]coherence[/code],
## [code]novelty[/code] and [code]violation[/code] in [0, 1] (novelty and violation are -1 when the
## daemon has no embedder), [code]perplexity[/code], [code]perplexitySource[/code] ("base" or
## "generator"), [code]domains[/code] and [code]note[/code]. Every later event of the conjure, and
## the object in its room, carries it; before, the Label has none.

## Coherent and novel within its domains' rules: an insight (rare).
const TYPE_I := "HALLUCINATION_TYPE_I"
## Coherent, crossing domains or breaking their rules: uselessly insightful (the product).
const TYPE_II := "HALLUCINATION_TYPE_II"
## Incoherent: word salad.
const TYPE_III := "HALLUCINATION_TYPE_III"
## Coherent, neither novel nor crossing domains: a plain answer.
const TYPE_LITERAL := "HALLUCINATION_TYPE_LITERAL"
## Not judged, or a type this addon does not know yet.
const TYPE_UNSPECIFIED := "HALLUCINATION_TYPE_UNSPECIFIED"

## The types by their proto number (a gateway may print enums as numbers).
const _BY_NUMBER := [TYPE_UNSPECIFIED, TYPE_I, TYPE_II, TYPE_III, TYPE_LITERAL]
const _SHORT := {
	TYPE_I: "Type I", TYPE_II: "Type II", TYPE_III: "Type III", TYPE_LITERAL: "literal"
}
const _MEANING := {
	TYPE_I: "an insight",
	TYPE_II: "uselessly insightful",
	TYPE_III: "incoherent",
	TYPE_LITERAL: "not imagined",
}


## The verdict of [param label] with its [code]type[/code] read as one of the constants; empty
## when the label has none (the text is not whole yet, or the output is factual).
static func of_label(label: Dictionary) -> Dictionary:
	var given: Variant = label.get("judgement")
	if not given is Dictionary:
		return {}
	var verdict: Dictionary = (given as Dictionary).duplicate()
	verdict["type"] = type_name(verdict.get("type"))
	return verdict


## The type of [param label]'s verdict (one of the constants); empty when it has none.
static func type_of(label: Dictionary) -> String:
	var verdict := of_label(label)
	return "" if verdict.is_empty() else str(verdict["type"])


## [param value] (a JSON name or number) as one of the constants; unknown ones are
## [constant TYPE_UNSPECIFIED].
static func type_name(value: Variant) -> String:
	if value is float or value is int:
		var number := int(value)
		if float(value) != float(number) or number < 0 or number >= _BY_NUMBER.size():
			return TYPE_UNSPECIFIED
		return str(_BY_NUMBER[number])
	var text := str(value) if value is String else ""
	return text if _SHORT.has(text) else TYPE_UNSPECIFIED


## "Type I", "Type II", "Type III" or "literal"; empty for an unspecified type.
static func short_name(type: String) -> String:
	return str(_SHORT.get(type, ""))


## What [param type] means, as the daemon's label words it ("uselessly insightful"); empty for an
## unspecified type.
static func meaning(type: String) -> String:
	return str(_MEANING.get(type, ""))


## Whether the verdict measured meaning ([code]novelty[/code] and [code]violation[/code] are -1
## when the daemon has no embedder).
static func has_meaning_scores(verdict: Dictionary) -> bool:
	var novelty := float(verdict.get("novelty", -1.0))
	return novelty >= 0.0 and float(verdict.get("violation", -1.0)) >= 0.0


## What to show beside the object: the label's text, headed once judged by the fiction label and
## the type, e.g. "Imagined · Type II" on a line above the daemon's text.
static func caption(label: Dictionary) -> String:
	var text := str(label.get("text", ""))
	var short := short_name(type_of(label))
	if short.is_empty():
		return text
	var head := "%s · %s" % ["Imagined" if label.get("fiction", false) else "Factual", short]
	return head if text.is_empty() else head + "\n" + text


## Whether [param label] brings a verdict that [param earlier] (the label before, or empty) did
## not have: the first one, or one of another type.
static func is_news(label: Dictionary, earlier: Dictionary) -> bool:
	var now := type_of(label)
	return not now.is_empty() and now != type_of(earlier)
