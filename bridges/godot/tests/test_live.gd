extends RefCounted
## Checks against a real daemon: describe, auth, limits, a whole conjure into the scene (one node
## through every revision of the object), the same object seen by a room subscriber, and cancel.
## Returns what it measured for the harness to compare with the daemon's own assets.

const WISH := "a whale made of clocks"
const Audio := preload("res://addons/figment/_audio.gd")
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
	var recording := await _recording_async(c, client)
	if not recording.is_empty():
		report["live"] = await _live_async(c, root, client, recording)
		report["microphone"] = await _microphone_async(c, root, client, recording)
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
	var revised: Array = []
	for name: String in ORDER + ["conjure_failed"]:
		client.connect(name, func(_a: Variant = null, _b: Variant = null, _c: Variant = null,
				_d: Variant = null) -> void: signals.append(name))
	for old: String in ALIASES:
		client.connect(old, func(_a: Variant = null, _b: Variant = null) -> void: aliased.append(old))
	client.object_revised.connect(
		func(_rid: String, _spec: Dictionary, revision: int, final: bool) -> void:
			revised.append([revision, final])
	)
	var spawner := FigmentSpawner.new()
	spawner.client = client
	spawner.consent = true
	spawner.fixed_seed = 42
	spawner.room = room
	spawner.position = Vector3(0.0, 1.0, -2.0)
	root.add_child(spawner)
	var followed := {}
	spawner.object_spawned.connect(func(node: FigmentObject) -> void: _follow(node, followed))
	# The test stages write slowly enough for the wish's object to be built before the text ends.
	var slow := {"stageOptions": {"text": {"delay_s": 0.05}}} if options.has("echo") else {}
	var result := await spawner.conjure_async(WISH, slow)
	c.check("live: conjure succeeded", not result.is_exception(), str(result))
	if result.is_exception():
		return {"signals": signals}
	var node: FigmentObject = result.data["node"]
	var done: Dictionary = result.data["done"]
	var failed: Array = done.get("failed", [])
	var events: Array = result.data["events"]
	_check_order(c, signals, failed)
	# The test stages always revise the object once; a real daemon revises only when the
	# imagined text changes what the wish named, which it may not.
	var revises := options.has("echo")
	_check_revisions(c, events, revised, revises)
	for old: String in ALIASES:
		c.equal(
			"live: deprecated %s fires with %s" % [old, ALIASES[old]], aliased.count(old),
			signals.count(ALIASES[old])
		)
	await _settle_async(node)
	_check_one_node(c, spawner, node, events, followed, revises)
	var report := _measure(c, node, events)
	_check_judgement(c, node, events)
	report["signals"] = signals.duplicate()
	report["failed"] = failed
	report["revisions"] = followed.get("revisions", [])
	report["shown"] = followed.get("shown", [])
	report["room"] = await _watch_async(c, watcher, node.object_id, events)
	return report


# Record every revision [param node] announces and shows, and which node announced it. Nothing
# here holds the node: a lambda that captured a node freed later logs an engine error.
func _follow(node: FigmentObject, seen: Dictionary) -> void:
	for key: String in ["revisions", "shown", "nodes"]:
		seen[key] = seen.get(key, [])
	var id := node.get_instance_id()
	node.object_revised.connect(
		func(_spec: Dictionary, revision: int, final: bool) -> void:
			seen["revisions"].append([revision, final])
			seen["nodes"].append(id)
	)
	node.asset_revised.connect(
		func(kind: String, _model: Node, revision: int) -> void:
			seen["shown"].append([kind, revision])
			seen["nodes"].append(id)
	)


static func _settle_async(node: FigmentObject) -> void:
	var deadline := Time.get_ticks_msec() + 10000
	while is_instance_valid(node) and node.is_morphing() and Time.get_ticks_msec() < deadline:
		await node.get_tree().process_frame


# What the stream guarantees about order: accepted first, done last; a revision's object before
# its proxy, mesh and sound; revisions never go back; the whole text before the speech; the last
# object final, and only it. Text deltas interleave with the rest.
func _check_revisions(c: RefCounted, events: Array, revised: Array, revises: bool) -> void:
	c.check("live: accepted first", events[0].has("accepted"), str(events[0].keys()))
	c.check("live: done last", events[-1].has("done"), str(events[-1].keys()))
	var objects: Array = []
	var text_done := -1
	var speech := -1
	var out_of_order: Array[String] = []
	for i in events.size():
		var event: Dictionary = events[i]
		if event.has("object"):
			var revision := int(event["object"].get("revision", 0))
			if not objects.is_empty() and revision < objects[-1][0]:
				out_of_order.append("object %d after %d" % [revision, objects[-1][0]])
			objects.append([revision, event["object"].get("final", false) as bool])
		elif event.has("textDone"):
			text_done = i
		elif event.has("speech"):
			speech = i
		for kind: String in ["proxy", "mesh", "sound"]:
			var built_from := int(event.get(kind, {}).get("revision", 0))
			if event.has(kind) and not objects.any(func(o: Array) -> bool: return o[0] == built_from):
				out_of_order.append("%s of revision %d before its object" % [kind, built_from])
	if speech >= 0 and text_done >= 0 and speech < text_done:  # without text, speaks the wish
		out_of_order.append("speech before text_done")
	c.equal("live: the stream's order holds", out_of_order, [])
	c.check("live: an object was sent", not objects.is_empty())
	if objects.is_empty():
		return
	c.check("live: the last object is final", objects[-1][1], str(objects))
	var finals := objects.filter(func(o: Array) -> bool: return o[1])
	c.equal("live: only the last object is final", finals.size(), 1)
	c.equal("live: object_revised once per object event", revised, objects)
	var distinct := {}
	for o: Array in objects:
		distinct[o[0]] = true
	if revises:
		c.check("live: the object was revised", distinct.size() >= 2, str(objects))


# One node for the whole conjure: every revision announced and shown by it, never a second object
# beside it, the newest mesh and sound in place, and the proxy and older meshes gone.
func _check_one_node(
	c: RefCounted,
	spawner: FigmentSpawner,
	node: FigmentObject,
	events: Array,
	seen: Dictionary,
	revises: bool
) -> void:
	var objects := 0
	for child in spawner.get_children():
		objects += 1 if child is FigmentObject else 0
	c.equal("live: one object under the spawner", objects, 1)
	var ids := {}
	for id: int in seen.get("nodes", []):
		ids[id] = true
	c.equal("live: one node through every revision", ids.keys(), [node.get_instance_id()])
	var revisions: Array = seen.get("revisions", [])
	if revises:
		c.check("live: the node saw several revisions", revisions.size() >= 2, str(revisions))
	var last := {}
	for event: Dictionary in events:
		for kind: String in ["mesh", "sound"]:
			if event.has(kind):
				last[kind] = int(event[kind].get("revision", 0))
	var meshes: Array = []
	for shown: Array in seen.get("shown", []):
		if shown[0] == "mesh":
			meshes.append(shown[1])
	var rising := true
	for i in range(1, meshes.size()):
		rising = rising and meshes[i] > meshes[i - 1]
	c.check("live: meshes shown in revision order", rising, str(meshes))
	for kind: String in last:
		c.equal("live: the newest %s is in place" % kind, node.asset_revision(kind), last[kind])
	c.equal("live: one model after the morph", node.body.get_child_count(), 1)


# Every stage that ran was signalled (their order is the stream's: see _check_revisions).
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
	c.equal(
		"live: one failure signal per failed stage", signals.count("conjure_failed"), failed.size()
	)
	c.equal("live: conjure_finished is last", signals[-1], "conjure_finished")


# The verdict comes with the whole text and every later event carries it (the test stages judge
# nothing, so it is absent throughout there; the PIP stage judges every imaginative text).
func _check_judgement(c: RefCounted, node: FigmentObject, events: Array) -> void:
	var whole := -1
	for i in events.size():
		if (events[i] as Dictionary).has("textDone"):
			whole = i
			break
	var unjudged_before := true
	var carried_after := true
	var verdict := ""
	for i in events.size():
		var type := FigmentJudgement.type_of((events[i] as Dictionary).get("label", {}))
		if whole < 0 or i < whole:
			unjudged_before = unjudged_before and type.is_empty()
		elif i == whole:
			verdict = type
		else:
			carried_after = carried_after and type == verdict
	c.check("live: nothing is judged before the whole text", unjudged_before)
	c.check("live: every event after the whole text carries its verdict", carried_after)
	c.equal("live: the object keeps the verdict", node.hallucination_type(), verdict)


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
	var caption := FigmentJudgement.caption(label)
	var shown: bool = node.label_node.visible and node.label_node.text == caption
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


func _watch_async(
	c: RefCounted, watcher: FigmentRoom, object_id: String, events: Array
) -> Dictionary:
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
	await _settle_async(node)
	var model := node.get_model()
	c.check("live: the room subscriber loaded the mesh", model != null and model.name == "Mesh")
	var copies := 0
	for child in watcher.get_children():
		copies += 1 if child is FigmentObject and child.object_id == object_id else 0
	c.equal("live: one node for the object in the room", copies, 1)
	var final := -1
	for event: Dictionary in events:
		if event.has("object"):
			final = int(event["object"].get("revision", 0))
	c.equal("live: the room shows the final revision", node.revision, final)
	c.check("live: ...as final", node.revision_final)
	return {
		"objects": watcher.get_objects().size(),
		"mesh": model_stats(model) if model != null else {},
		"position": [node.position.x, node.position.y, node.position.z],
	}


# The wish, recorded in the daemon's own voice (Speak): the WAV's format and samples (see
# Audio.read_wav) and its bytes; empty when this daemon has no voice.
func _recording_async(c: RefCounted, client: FigmentClient) -> Dictionary:
	var spoken := await client.speak_async(WISH)
	if spoken.is_exception():
		print("FIGMENT-NOTE no voice to record a wish with: ", spoken)
		return {}
	var fetched := await client.get_asset_async(str(spoken.data.get("wav", {}).get("id", "")))
	c.check("live: the recording downloads", not fetched.is_exception(), str(fetched))
	var wav := Audio.read_wav(fetched.bytes)
	c.check("live: the recording is 16-bit mono", wav.get("bits") == 16 and wav.get("channels") == 1)
	wav["bytes"] = fetched.bytes
	return wav if wav.get("bits") == 16 and wav.get("channels") == 1 else {}


# A spawner that does not speak, its completions gathered into [param completed].
func _quiet_spawner(root: Node3D, client: FigmentClient, completed: Array) -> FigmentSpawner:
	var spawner := FigmentSpawner.new()
	spawner.client = client
	spawner.consent = true
	spawner.speak = false
	root.add_child(spawner)
	spawner.object_completed.connect(
		func(node: FigmentObject, result: FigmentResult) -> void: completed.append([node, result])
	)
	return spawner


# Frames pass until [param done] says so, a minute at most.
static func _until_async(root: Node, done: Callable) -> void:
	var deadline := Time.get_ticks_msec() + 60000
	while not done.call() and Time.get_ticks_msec() < deadline:
		await root.get_tree().process_frame


# ConjureLive through the API a microphone feeds: the recording sent in 20 ms chunks at the pace it
# was spoken, then a second and a half of quiet, then the push-to-talk release.
func _live_async(
	c: RefCounted, root: Node3D, client: FigmentClient, recording: Dictionary
) -> Dictionary:
	var heard: Array = []
	var on_heard := func(_rid: String, text: String, partial: bool) -> void:
		heard.append([text, partial])
	client.transcript_received.connect(on_heard)
	var completed: Array = []
	var spawner := _quiet_spawner(root, client, completed)
	var rate: int = recording["rate"]
	var pcm: PackedByteArray = recording["data"].duplicate()
	while pcm.size() < rate * 4:  # at least two seconds of speech
		pcm.append_array(recording["data"])
	var quiet := PackedByteArray()
	quiet.resize(rate * 3)  # 1.5 s of 16-bit silence
	pcm.append_array(quiet)
	var live := spawner.conjure_live(rate)
	c.check("live: a live conjure listens", live.is_listening())
	var chunk := rate / 50 * 2
	var start := Time.get_ticks_msec()
	var sent := 0
	while sent < pcm.size() and live.is_listening():
		var due := mini(pcm.size(), int((Time.get_ticks_msec() - start) / 1000.0 * rate) * 2)
		while sent + chunk <= due:
			live.send_pcm(pcm.slice(sent, sent + chunk))
			sent += chunk
		await root.get_tree().process_frame
	live.end()
	var result := await live.finished_async()
	client.transcript_received.disconnect(on_heard)
	c.check("live: the live conjure succeeded", not result.is_exception(), str(result))
	await _until_async(root, func() -> bool: return not completed.is_empty())
	c.equal("live: object_completed once", completed.size(), 1)
	var finals := heard.filter(func(h: Array) -> bool: return not h[1])
	c.equal("live: one final transcript", finals.size(), 1)
	c.check("live: ...after every partial one", not heard.is_empty() and not heard[-1][1], str(heard))
	var text: String = finals[0][0] if finals.size() == 1 else ""
	c.check("live: the wish was heard", not text.strip_edges().is_empty(), str(heard))
	var objects := spawner.get_children().filter(func(n: Node) -> bool: return n is FigmentObject)
	c.equal("live: one object for the live conjure", objects.size(), 1)
	var events: Array = result.data.get("events", [])
	var revisions := events.filter(func(e: Dictionary) -> bool: return e.has("object"))
	spawner.queue_free()
	return {
		"heard": heard, "revisions": revisions.size(), "sent_s": float(sent) / 2.0 / rate,
		"done": not events.is_empty() and events[-1].has("done"),
	}


# The same recording through FigmentMicrophone: played on its capture bus instead of a microphone,
# captured by AudioEffectCapture and streamed at the engine's mix rate.
func _microphone_async(
	c: RefCounted, root: Node3D, client: FigmentClient, recording: Dictionary
) -> Dictionary:
	var completed: Array = []
	var spawner := _quiet_spawner(root, client, completed)
	var microphone := FigmentMicrophone.new()
	microphone.source = Audio.load_wav(recording["bytes"])
	microphone.push_to_talk = true
	spawner.add_child(microphone)
	var live := microphone.start_listening()
	c.check("live: the microphone listens", live != null and microphone.is_listening())
	if live == null:
		return {}
	c.equal("live: ...at the mix rate", live.sample_rate, int(AudioServer.get_mix_rate()))
	var heard: Array = []
	var on_heard := func(_rid: String, text: String, partial: bool) -> void:
		heard.append([text, partial])
	client.transcript_received.connect(on_heard)
	var length := (microphone.source as AudioStreamWAV).get_length()
	var until := Time.get_ticks_msec() + int((length + 0.5) * 1000.0)
	while Time.get_ticks_msec() < until:
		await root.get_tree().process_frame
	microphone.stop_listening()
	c.check("live: stopping stops listening", not microphone.is_listening())
	var result := await live.finished_async()
	client.transcript_received.disconnect(on_heard)
	c.check("live: the microphone's conjure succeeded", not result.is_exception(), str(result))
	var text: String = heard[-1][0] if not heard.is_empty() else ""
	c.check("live: the microphone was heard", not text.strip_edges().is_empty(), str(heard))
	# What the capture got is what was played: the whole recording (give or take a mix buffer).
	c.check("live: the capture sent the recording", live.sent_seconds() > length * 0.8,
			"%.2f s of %.2f s" % [live.sent_seconds(), length])
	await _until_async(root, func() -> bool: return not completed.is_empty())
	c.equal("live: the microphone's object completed", completed.size(), 1)
	spawner.queue_free()
	return {"heard": heard, "sent_s": live.sent_seconds()}


# The object is freed while its mesh downloads: the conjure still returns (CANCELLED), once,
# and nothing touches the freed node (the harness fails on any engine or script error).
func _free_early_async(c: RefCounted, root: Node3D, client: FigmentClient) -> void:
	var completed: Array = []
	var spawner := _quiet_spawner(root, client, completed)
	var spawned: Array[FigmentObject] = []
	spawner.object_spawned.connect(func(node: FigmentObject) -> void: spawned.append(node))
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
	var seen: FigmentObject = null
	# Until its downloads are in too: a client freed while it downloads leaks them at exit.
	while Time.get_ticks_msec() < deadline and not (seen != null and seen.is_complete()):
		await root.get_tree().process_frame
		seen = watcher.get_objects().get(object_id)
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
