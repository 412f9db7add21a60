class_name FigmentSpawner
extends Node3D
## Conjures objects at its position, or in front of the XR camera when the scene has one.
##
## [code]var result := await $FigmentSpawner.conjure_async("a whale made of clocks")[/code]
## shows the proxy at once, swaps in the mesh, plays the object's sound and spoken line, applies
## the motion hints and shows the fiction label. The object is a [FigmentObject] child of this node.

## An object appeared (its first event arrived); assets keep loading into it.
signal object_spawned(node: FigmentObject)
## The daemon judged an object's text once it was whole ([signal FigmentObject.judged]):
## [param type] is a [FigmentJudgement] constant, e.g. [constant FigmentJudgement.TYPE_II].
signal object_judged(node: FigmentObject, type: String, judgement: Dictionary)
## The conjure is over: everything the stream named is loaded, or [param result] says why not
## (when the object was freed before it was complete, [param node] is null and the code CANCELLED).
signal object_completed(node: FigmentObject, result: FigmentResult)

## The client to use; when empty, one from the [code]Figment[/code] autoload (or a new one).
@export var client: FigmentClient
## MODE_IMAGINATIVE or MODE_FACTUAL.
@export_enum("MODE_IMAGINATIVE", "MODE_FACTUAL") var mode: String = "MODE_IMAGINATIVE"
## The user agreed that imaginative output is fiction; without it the daemon answers factually.
@export var consent: bool = false
## How far the model leans into imagination, [0, 1.5].
@export_range(0.0, 1.5) var intensity: float = 1.0
## Room whose subscribers see the spawns; empty for none.
@export var room: String = ""
## Also synthesize and play the spoken line.
@export var speak: bool = true
## Fixed seed for reproducible objects; negative for a fresh one each time.
@export var fixed_seed: int = -1
## Metres in front of the XR camera where objects appear.
@export var xr_distance: float = 1.5
## Play the object's own sound.
@export var play_sound: bool = true
## Show the fiction label above the object (with the type, once the daemon judged the text).
@export var show_label: bool = true
## Let the daemon's router choose the domain experts for each wish (the blend
## [code][{"name": "auto", "weight": 1}][/code]); the label's adapters then name the chosen ones.
@export var auto_experts: bool = false
## Imaginative answers the text stage decodes together, keeping the one its discriminator judges
## best (the text option [code]candidates[/code]; the daemon allows 1 to 4 and refuses more,
## naming [code]stage_options.text.candidates[/code]). 1 sends nothing: the stage's default.
@export_range(1, 4) var candidates: int = 1


## Conjure [param text]; [param extra] adds or overrides ConjureRequest fields (proto3 JSON),
## e.g. [code]{"audio": {"data": base64, "format": "wav"}}[/code] to conjure from speech (a field
## given there replaces the spawner's whole, e.g. [code]stageOptions[/code]).
## The result's data has [code]node[/code] (the [FigmentObject]) besides the stream's data. Freeing
## the object early is allowed: the call then returns CANCELLED once the stream ends.
func conjure_async(text: String, extra: Dictionary = {}) -> FigmentResult:
	var anchor := anchor_transform()
	var figment := _client()
	var node := _spawn(figment, anchor)
	var request := build_request(text, anchor)
	if extra.has("audio"):
		request.erase("text")  # text and audio are one oneof
	request.merge(extra, true)
	var result := await figment.conjure_async(request, _feed(node))
	return await _complete_async(node.get_instance_id(), result)


## Conjure from speech while the user speaks: returns the [FigmentLive] at once. Feed it 16-bit
## mono PCM at [param sample_rate] Hz as it is recorded (or use a [FigmentMicrophone]) and
## [method FigmentLive.end] it when the user stops; the object appears as soon as the words name
## one. [signal object_completed] says when it is complete, with the result (its data has
## [code]node[/code]); [code]await live.finished_async()[/code] gives the stream's result.
func conjure_live(sample_rate: int, push_to_talk: bool = false) -> FigmentLive:
	var anchor := anchor_transform()
	var figment := _client()
	var node := _spawn(figment, anchor)
	var request := build_request("", anchor)
	var live := figment.conjure_live(request, sample_rate, push_to_talk, _feed(node))
	_complete_live_async(node.get_instance_id(), live)
	return live


func _spawn(figment: FigmentClient, anchor: Transform3D) -> FigmentObject:
	var node := FigmentObject.new()
	node.autoplay_sound = play_sound
	node.autoplay_speech = speak
	node.show_label = show_label
	node.setup(figment)
	node.top_level = true
	node.judged.connect(
		func(type: String, verdict: Dictionary) -> void: object_judged.emit(node, type, verdict)
	)
	add_child(node)
	node.global_transform = anchor
	object_spawned.emit(node)
	return node


# Freeing the object early is allowed: the callback looks it up by id rather than capturing it
# (a lambda that captured a freed node logs an engine error each time it is called).
static func _feed(node: FigmentObject) -> Callable:
	var node_id := node.get_instance_id()
	return func(event: Dictionary) -> void:
		var target := instance_from_id(node_id) as FigmentObject
		if target != null:
			target.apply_event_async(event)


func _complete_live_async(node_id: int, live: FigmentLive) -> void:
	await _complete_async(node_id, await live.finished_async())


# Once the stream is over: wait for the object's downloads, then say how it went. The object is
# named by its id: it may be freed meanwhile, and a freed object passed as a typed argument is an
# error.
func _complete_async(node_id: int, result: FigmentResult) -> FigmentResult:
	var node := instance_from_id(node_id) as FigmentObject
	# Polled, not awaited as node.completed: a signal of a node freed meanwhile never comes.
	while not result.is_exception() and node != null and not node.is_complete():
		await get_tree().process_frame
		node = instance_from_id(node_id) as FigmentObject
	if node == null and not result.is_exception():
		result = FigmentResult.failure("CANCELLED", "the object was freed before it was complete")
	result.data["node"] = node
	object_completed.emit(node, result)
	return result


## The ConjureRequest (proto3 JSON) for [param text] at [param anchor].
func build_request(text: String, anchor: Transform3D) -> Dictionary:
	var q := anchor.basis.get_rotation_quaternion()
	var request := {
		"text": text,
		"mode": mode,
		"consent": consent,
		"intensity": intensity,
		"room": room,
		"speak": speak,
		"anchor": {
			"position": {"x": anchor.origin.x, "y": anchor.origin.y, "z": anchor.origin.z},
			"rotation": {"x": q.x, "y": q.y, "z": q.z, "w": q.w},
		},
	}
	if fixed_seed >= 0:
		request["seed"] = str(fixed_seed)  # 64-bit integers are strings in proto3 JSON
	if auto_experts:
		request["blend"] = [{"name": "auto", "weight": 1.0}]
	if candidates != 1:
		request["stageOptions"] = {"text": {"candidates": candidates}}
	return request


## Where the next object appears: in front of an active XRCamera3D, else this node's transform.
func anchor_transform() -> Transform3D:
	var camera := get_viewport().get_camera_3d() if is_inside_tree() else null
	if camera is XRCamera3D:
		var forward := -camera.global_transform.basis.z
		forward.y = 0.0
		forward = forward.normalized() if forward.length() > 0.001 else Vector3.FORWARD
		var origin := camera.global_transform.origin + forward * xr_distance
		return Transform3D(Basis.looking_at(-forward), origin)
	return global_transform


func _client() -> FigmentClient:
	if client == null:
		var autoload := get_node_or_null("/root/Figment")
		if autoload != null and autoload.has_method("create_client"):
			client = autoload.create_client()
		else:
			client = FigmentClient.new()
			add_child(client)
	return client
