extends Node3D
## The Figment demo: a room where a typed (or spoken) wish becomes an object, and a second view,
## subscribed to the same room through its own client, that shows the same objects.
##
## The daemon address comes from the project settings figment/host and figment/port. Command
## line: [code]--figment-http=HOST:PORT[/code] and [code]--figment-token=T[/code] override them;
## [code]--figment-wish=TEXT[/code]
## conjures once at start and quits when the second view has the object (a smoke test).

const ROOM := "demo"

var spawner: FigmentSpawner
var watcher: FigmentRoom
var wish_box: LineEdit
var status: Label
var mic_button: Button
var microphone: FigmentMicrophone

var _text: String = ""


func _ready() -> void:
	var options := _options()
	if options.has("http"):
		var autoload: Node = get_node("/root/Figment")
		autoload.set("host", str(options["http"]).get_slice(":", 0))
		autoload.set("port", int(str(options["http"]).get_slice(":", 1)))
	if options.has("token"):
		get_node("/root/Figment").set("token", str(options["token"]))
	_build_room()
	_build_second_view()
	_build_ui()
	if options.has("wish"):
		_smoke_async(str(options["wish"]))


## Conjure what the text box says.
func conjure_async(text: String) -> FigmentResult:
	if text.strip_edges().is_empty():
		return FigmentResult.failure("INVALID_ARGUMENT", "type a wish first")
	_text = ""
	status.text = "conjuring: " + text
	var result := await spawner.conjure_async(text)
	status.text = str(result) if result.is_exception() else "done: " + _text.strip_edges()
	return result


func _build_room() -> void:
	var environment := WorldEnvironment.new()
	environment.environment = Environment.new()
	environment.environment.background_mode = Environment.BG_COLOR
	environment.environment.background_color = Color(0.08, 0.08, 0.12)
	environment.environment.ambient_light_source = Environment.AMBIENT_SOURCE_COLOR
	environment.environment.ambient_light_color = Color(0.4, 0.4, 0.5)
	add_child(environment)
	var floor_mesh := MeshInstance3D.new()
	floor_mesh.mesh = PlaneMesh.new()
	(floor_mesh.mesh as PlaneMesh).size = Vector2(8.0, 8.0)
	add_child(floor_mesh)
	var sun := DirectionalLight3D.new()
	sun.rotation_degrees = Vector3(-50.0, 30.0, 0.0)
	add_child(sun)
	var camera := Camera3D.new()
	camera.position = Vector3(0.0, 1.6, 1.5)
	add_child(camera)
	camera.look_at(Vector3(0.0, 1.0, -2.0))
	spawner = FigmentSpawner.new()
	spawner.consent = true  # the demo's UI says that what appears is fiction
	spawner.room = ROOM
	spawner.position = Vector3(0.0, 1.0, -2.0)
	add_child(spawner)
	spawner.client = get_node("/root/Figment").call("create_client")
	spawner.client.text_received.connect(_on_text)
	spawner.client.conjure_failed.connect(_on_failed)


func _build_second_view() -> void:
	var container := SubViewportContainer.new()
	container.stretch = true
	container.anchor_left = 0.65
	container.anchor_right = 0.98
	container.anchor_top = 0.02
	container.anchor_bottom = 0.4
	var viewport := SubViewport.new()
	viewport.own_world_3d = true  # its own world: only what the room subscription brings
	container.add_child(viewport)
	var camera := Camera3D.new()
	camera.position = Vector3(2.5, 2.5, 1.0)
	viewport.add_child(camera)
	camera.look_at_from_position(camera.position, Vector3(0.0, 1.0, -2.0))
	var light := DirectionalLight3D.new()
	light.rotation_degrees = Vector3(-50.0, -30.0, 0.0)
	viewport.add_child(light)
	watcher = FigmentRoom.new()
	watcher.room = ROOM
	watcher.play_sound = false
	viewport.add_child(watcher)
	var caption := Label.new()
	caption.text = "second client, room '%s'" % ROOM
	container.add_child(caption)
	add_child(_layer(container))


func _build_ui() -> void:
	var bar := HBoxContainer.new()
	bar.anchor_left = 0.02
	bar.anchor_right = 0.6
	bar.anchor_top = 0.9
	bar.anchor_bottom = 0.98
	wish_box = LineEdit.new()
	wish_box.placeholder_text = "something impossible is floating above the table"
	wish_box.size_flags_horizontal = Control.SIZE_EXPAND_FILL
	wish_box.text_submitted.connect(func(text: String) -> void: conjure_async(text))
	bar.add_child(wish_box)
	var button := Button.new()
	button.text = "Conjure"
	button.pressed.connect(func() -> void: conjure_async(wish_box.text))
	bar.add_child(button)
	mic_button = Button.new()
	mic_button.text = "Hold to speak"
	mic_button.visible = _microphone_available()
	mic_button.button_down.connect(_start_listening)
	mic_button.button_up.connect(_stop_listening)
	bar.add_child(mic_button)
	status = Label.new()
	status.anchor_top = 0.84
	status.anchor_left = 0.02
	status.text = "Objects are imagined: fiction, labelled as such."
	var root := Control.new()
	root.set_anchors_preset(Control.PRESET_FULL_RECT)
	root.mouse_filter = Control.MOUSE_FILTER_IGNORE
	root.add_child(bar)
	root.add_child(status)
	add_child(_layer(root))


static func _layer(control: Control) -> CanvasLayer:
	var layer := CanvasLayer.new()
	layer.add_child(control)
	return layer


func _on_text(_request_id: String, text: String, final: bool) -> void:
	_text = text if final else _text + text
	status.text = _text


func _on_failed(_request_id: String, error: Dictionary) -> void:
	var kind: String = error.get("kind", "")
	push_warning("figment: %s %s: %s" % [kind, error.get("code"), error.get("message")])


# The microphone: while the button is held, what it hears streams to the daemon (ConjureLive),
# so the object can appear before the wish is finished; letting go ends the utterance.
func _microphone_available() -> bool:
	return not OS.has_feature("web") and AudioServer.get_input_device_list().size() > 0


func _start_listening() -> void:
	if microphone == null:
		microphone = FigmentMicrophone.new()
		microphone.spawner = spawner
		microphone.push_to_talk = true
		spawner.client.transcript_received.connect(
			func(_rid: String, text: String, partial: bool) -> void:
				status.text = ("heard so far: " if partial else "heard: ") + text
		)
		add_child(microphone)
	if microphone.start_listening() != null:
		status.text = "listening..."


func _stop_listening() -> void:
	if microphone == null or not microphone.is_listening():
		return
	var live := microphone.live
	microphone.stop_listening()
	var result := await live.finished_async()
	status.text = str(result) if result.is_exception() else "done: " + _text.strip_edges()


func _smoke_async(text: String) -> void:
	var result := await conjure_async(text)
	var deadline := Time.get_ticks_msec() + 60000
	while watcher.get_objects().is_empty() and Time.get_ticks_msec() < deadline:
		await get_tree().process_frame
	var ok := not result.is_exception() and watcher.get_objects().size() == 1
	print("FIGMENT-DEMO ", "ok" if ok else "FAIL", " ", result, " seen=", watcher.get_objects().size())
	for player: Node in find_children("*", "AudioStreamPlayer3D", true, false):
		(player as AudioStreamPlayer3D).stop()
	for frame in 5:
		await get_tree().process_frame
	get_tree().quit(0 if ok else 1)


static func _options() -> Dictionary:
	var out: Dictionary = {}
	for arg: String in OS.get_cmdline_args() + OS.get_cmdline_user_args():
		if arg.begins_with("--figment-") and "=" in arg:
			out[arg.trim_prefix("--figment-").get_slice("=", 0)] = arg.split("=", true, 1)[1]
	return out
