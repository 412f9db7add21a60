extends RefCounted
## Checks against a real daemon: describe, auth, limits, a whole conjure into the scene, the same
## object seen by a room subscriber, and cancel. Returns what it measured for the harness to
## compare with the daemon's own assets.

const WISH := "a whale made of clocks"
const ORDER := [
	"text_received", "object_specified", "proxy_received", "mesh_received", "sound_received",
	"speech_received", "conjure_finished",
]
## Deprecated signal names, still emitted beside their past-tense replacements for one release.
const ALIASES := {
	"proxy_ready": "proxy_received", "mesh_ready": "mesh_received",
	"sound_ready": "sound_received", "speech_ready": "speech_received",
}


## Run the live checks; [param options] has "http" (host:port), maybe "token" and "room".
func run_async(c: RefCounted, root: Node3D, options: Dictionary) -> Dictionary:
	var address: String = options["http"]
	var room: String = options.get("room", "godot-tests")
	var client := _client(root, address, options.get("token", ""))
	var described := await client.describe_async()
	c.check("live: describe answers", not described.is_exception(), str(described))
	if options.has("token"):
		var anonymous := _client(root, address, "")
		var denied := await anonymous.describe_async()
		c.equal("live: no token is UNAUTHENTICATED", denied.code, "UNAUTHENTICATED")
		c.equal("live: no token is HTTP 401", denied.http_status, 401)
	var too_long := await client.conjure_async({"text": "x".repeat(100000)})
	c.equal("live: oversize text is INVALID_ARGUMENT", too_long.code, "INVALID_ARGUMENT")
	c.check("live: oversize message says why", "text" in too_long.message, too_long.message)
	var report := await _conjure_async(c, root, client, address, options, room)
	await _free_early_async(c, root, client)
	if options.has("echo"):
		await _long_room_message_async(c, root, client, address, options)
	await _cancel_async(c, client)
	return report


func _client(root: Node, address: String, token: String) -> FigmentClient:
	var client := FigmentClient.new()
	client.host = address.get_slice(":", 0)
	client.port = int(address.get_slice(":", 1))
	client.token = token
	client.retry_delay = 0.05
	root.add_child(client)
	return client


func _conjure_async(
	c: RefCounted, root: Node3D, client: FigmentClient, address: String, options: Dictionary,
	room: String
) -> Dictionary:
	# A second client in the same room plays the second window.
	var watcher := FigmentRoom.new()
	watcher.client = _client(root, address, options.get("token", ""))
	watcher.room = room
	watcher.play_sound = false
	root.add_child(watcher)
	var signals: Array[String] = []
	var aliased: Array[String] = []
	for name: String in ORDER + ["conjure_failed"]:
		client.connect(name, func(_a: Variant = null, _b: Variant = null, _c: Variant = null,
				_d: Variant = null) -> void: signals.append(name))
	for old: String in ALIASES:
		client.connect(old, func(_a: Variant = null, _b: Variant = null) -> void: aliased.append(old))
	var spawner := FigmentSpawner.new()
	spawner.client = client
	spawner.consent = true
	spawner.fixed_seed = 42
	spawner.room = room
	spawner.position = Vector3(0.0, 1.0, -2.0)
	root.add_child(spawner)
	var result := await spawner.conjure_async(WISH)
	c.check("live: conjure succeeded", not result.is_exception(), str(result))
	if result.is_exception():
		return {"signals": signals}
	var node: FigmentObject = result.data["node"]
	var done: Dictionary = result.data["done"]
	var failed: Array = done.get("failed", [])
	_check_order(c, signals, failed)
	for old: String in ALIASES:
		c.equal(
			"live: deprecated %s fires with %s" % [old, ALIASES[old]], aliased.count(old),
			signals.count(ALIASES[old])
		)
	var report := _measure(c, node, result.data["events"])
	report["signals"] = signals.duplicate()
	report["failed"] = failed
	report["room"] = await _watch_async(c, watcher, node.object_id)
	return report


# The wish is parsed first, so the object (and its assets) may come before the text, and each
# sentence may revise it; what stays ordered is checked here.
func _check_order(c: RefCounted, signals: Array[String], failed: Array) -> void:
	var expected: Array[String] = []
	for name: String in ORDER:
		var kind: String = {
			"text_received": "text", "object_specified": "parse", "proxy_received": "mesh",
			"mesh_received": "mesh", "sound_received": "sound", "speech_received": "tts",
		}.get(name, "")
		if kind.is_empty() or not kind in failed:
			expected.append(name)
	var seen: Array[String] = []
	for name: String in ORDER:
		if name in signals:
			seen.append(name)
	c.equal("live: every signal of the stages that ran", seen, expected)
	var object := signals.find("object_specified")
	for asset: String in ["proxy_received", "mesh_received", "sound_received"]:
		if asset in signals:
			c.check("live: %s after an object" % asset, signals.find(asset) > object, str(signals))
	if "speech_received" in signals:
		var text := signals.rfind("text_received")
		c.check("live: speech after the text", signals.find("speech_received") > text, str(signals))
	c.equal(
		"live: one failure signal per failed stage", signals.count("conjure_failed"), failed.size()
	)
	c.equal("live: conjure_finished is last", signals[-1], "conjure_finished")


func _measure(c: RefCounted, node: FigmentObject, events: Array) -> Dictionary:
	var payloads: Dictionary = {}
	for event: Dictionary in events:
		for kind: String in ["proxy", "mesh", "sound", "speech", "object", "label"]:
			if event.has(kind):
				payloads[kind] = event[kind]
	var report: Dictionary = {"assets": {}}
	for kind: String in ["proxy", "mesh", "sound"]:
		if payloads.has(kind):
			report["assets"][kind] = payloads[kind]["asset"]["id"]
	if payloads.has("speech"):
		report["assets"]["speech"] = payloads["speech"]["wav"]["id"]
	var model := node.get_model()
	c.check("live: the mesh replaced the proxy", model != null and model.name == "Mesh")
	c.check("live: no proxy left", not node.body.has_node("Proxy"))
	report["mesh"] = model_stats(model) if model != null else {}
	c.check("live: the mesh has surfaces", report["mesh"].get("surfaces", 0) > 0, str(report["mesh"]))
	report["sound"] = _audio_stats(c, "sound", node.sound_player, payloads.get("sound", {}))
	report["speech"] = _audio_stats(c, "speech", node.speech_player, payloads.get("speech", {}))
	if payloads.has("sound"):
		var emitter: Dictionary = payloads["sound"].get("emitter", {})
		var player := node.sound_player
		var unit := maxf(emitter.get("minDistance", 1.0), 0.1)
		c.near("live: sound unit size", player.unit_size, unit, 1e-3)
		c.near("live: sound max distance", player.max_distance, emitter.get("maxDistance", 0.0), 1e-3)
		c.check("live: sound is playing", node.sound_player.playing)
	var label: Dictionary = payloads.get("label", {})
	var shown: bool = node.label_node.visible and node.label_node.text == label.get("text", "?")
	c.check("live: fiction label shown", shown, node.label_node.text)
	c.check("live: label says fiction", label.get("fiction", false))
	report["label"] = {"text": node.label_node.text, "visible": node.label_node.visible}
	report["spec"] = node.spec
	return report


func _audio_stats(
	c: RefCounted, kind: String, player: AudioStreamPlayer3D, payload: Dictionary
) -> Dictionary:
	if payload.is_empty():
		return {}
	var stream := player.stream as AudioStreamWAV
	c.check("live: %s stream loaded" % kind, stream != null)
	if stream == null:
		return {}
	var expected := float(payload.get("durationS", 0.0))
	c.near("live: %s length matches the event" % kind, stream.get_length(), expected, 0.01)
	return {
		"length": stream.get_length(), "mix_rate": stream.mix_rate, "stereo": stream.stereo,
		"loop": stream.loop_mode == AudioStreamWAV.LOOP_FORWARD,
	}


func _watch_async(c: RefCounted, watcher: FigmentRoom, object_id: String) -> Dictionary:
	var deadline := Time.get_ticks_msec() + 60000
	while Time.get_ticks_msec() < deadline:
		var seen: FigmentObject = watcher.get_objects().get(object_id)
		if seen != null and seen.is_complete() and seen.get_model() != null:
			break
		await watcher.get_tree().process_frame
	var node: FigmentObject = watcher.get_objects().get(object_id)
	c.check("live: the room subscriber sees the object", node != null, object_id)
	if node == null:
		return {}
	var model := node.get_model()
	c.check("live: the room subscriber loaded the mesh", model != null and model.name == "Mesh")
	return {
		"objects": watcher.get_objects().size(),
		"mesh": model_stats(model) if model != null else {},
		"position": [node.position.x, node.position.y, node.position.z],
	}


# The object is freed while its mesh downloads: the conjure still returns (CANCELLED), once,
# and nothing touches the freed node (the harness fails on any engine or script error).
func _free_early_async(c: RefCounted, root: Node3D, client: FigmentClient) -> void:
	var spawner := FigmentSpawner.new()
	spawner.client = client
	spawner.consent = true
	spawner.speak = false
	root.add_child(spawner)
	var spawned: Array[FigmentObject] = []
	var completed: Array = []
	spawner.object_spawned.connect(func(node: FigmentObject) -> void: spawned.append(node))
	spawner.object_completed.connect(
		func(node: FigmentObject, result: FigmentResult) -> void: completed.append([node, result])
	)
	var free_it := func(_rid: String, _mesh: Dictionary) -> void:
		if not spawned.is_empty() and is_instance_valid(spawned[0]):
			spawned[0].queue_free()
	client.mesh_received.connect(free_it)
	var result := await spawner.conjure_async("a lamp that hums")
	client.mesh_received.disconnect(free_it)
	c.equal("live: a conjure whose object was freed returns CANCELLED", result.code, "CANCELLED")
	c.check("live: ...and no node", result.data.get("node") == null, str(result.data.get("node")))
	c.equal("live: object_completed once", completed.size(), 1)
	if completed.size() == 1:
		c.check("live: object_completed names no node", completed[0][0] == null)
	spawner.queue_free()


# A scene event over 64 KiB (the object's long text) reaches a room subscriber intact; needs the
# test stages, whose text stage repeats the wish as many words as asked.
func _long_room_message_async(
	c: RefCounted, root: Node3D, client: FigmentClient, address: String, options: Dictionary
) -> void:
	var room := "godot-long-text"
	var watcher := FigmentRoom.new()
	watcher.client = _client(root, address, options.get("token", ""))
	watcher.room = room
	watcher.play_sound = false
	root.add_child(watcher)
	var word := "clockwork".repeat(20)
	var wish := " ".join(PackedStringArray([word, word, word, word, word, word, word, word]))
	var result := await client.conjure_async({
		"text": wish, "room": room, "speak": false, "seed": "7",
		"stageOptions": {"text": {"words": 1500}},
	})
	c.check("live: long conjure succeeded", not result.is_exception(), str(result))
	var text: String = ""
	for event: Dictionary in result.data.get("events", []):
		if event.has("textDone"):
			text = str(event["textDone"].get("text", ""))
	var size := text.to_utf8_buffer().size()
	c.check("live: the long text is over 64 KiB", size > 65536, str(size))
	var object_id := str(result.data.get("done", {}).get("objectId", ""))
	var deadline := Time.get_ticks_msec() + 30000
	while Time.get_ticks_msec() < deadline and not watcher.get_objects().has(object_id):
		await root.get_tree().process_frame
	var seen: FigmentObject = watcher.get_objects().get(object_id)
	c.check("live: the room subscriber got the long message", seen != null, object_id)
	if seen != null:
		c.equal("live: ...with the whole text", seen.text, text)
	c.check("live: the room socket stayed open", watcher.client.is_subscribed(room))
	watcher.queue_free()


func _cancel_async(c: RefCounted, client: FigmentClient) -> void:
	var seen: Array = []
	var first := func(event: Dictionary) -> void:
		seen.append(event)
		client.cancel()
	var result := await client.conjure_async({"text": "a lamp that hums"}, first)
	c.equal("live: cancel mid-stream", result.code, "CANCELLED")
	c.equal("live: no events after cancel", seen.size(), 1)


## Surfaces, mesh instances and the bounding box of every MeshInstance3D under [param root], in
## [param root]'s own space.
static func model_stats(root: Node3D) -> Dictionary:
	var surfaces := 0
	var instances := 0
	var box := AABB()
	for found: Node in root.find_children("*", "MeshInstance3D", true, false):
		var mesh_instance := found as MeshInstance3D
		if mesh_instance.mesh == null:
			continue
		var xf := Transform3D.IDENTITY
		var walk: Node = mesh_instance
		while walk != root:
			xf = (walk as Node3D).transform * xf
			walk = walk.get_parent()
		var part := xf * mesh_instance.mesh.get_aabb()
		box = part if instances == 0 else box.merge(part)
		instances += 1
		surfaces += mesh_instance.mesh.get_surface_count()
	return {
		"surfaces": surfaces, "instances": instances,
		"min": [box.position.x, box.position.y, box.position.z],
		"max": [box.end.x, box.end.y, box.end.z],
	}
