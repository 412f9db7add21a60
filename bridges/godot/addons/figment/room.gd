class_name FigmentRoom
extends Node3D
## Shows every object of a Figment room: for spectators, a second headset or a second window.
##
## Subscribes on ready; objects already in the room arrive first, then each new spawn, asset and
## removal. Objects are [FigmentObject] children placed at their anchors.

## An object entered the room (or was there when this node joined).
signal object_spawned(node: FigmentObject)
## An object left the room.
signal object_removed(object_id: String)

## The client to use; when empty, one from the [code]Figment[/code] autoload (or a new one).
@export var client: FigmentClient
## The room to show.
@export var room: String = "lobby"
## Play the objects' sounds here too.
@export var play_sound: bool = true

var _objects: Dictionary = {}


func _ready() -> void:
	if client == null:
		var autoload := get_node_or_null("/root/Figment")
		if autoload != null and autoload.has_method("create_client"):
			client = autoload.create_client()
		else:
			client = FigmentClient.new()
			add_child(client)
	client.scene_event_received.connect(_on_scene_event)
	if not room.is_empty():
		client.subscribe(room)


## The objects shown, by object id.
func get_objects() -> Dictionary:
	return _objects


func _on_scene_event(event_room: String, kind: String, scene_object: Dictionary) -> void:
	if event_room != room:
		return
	var object_id := str(scene_object.get("objectId", ""))
	var known: Variant = _objects.get(object_id)
	if known != null and not is_instance_valid(known):
		_objects.erase(object_id)  # freed by someone else: show it again if it is still there
		known = null
	if kind == "KIND_REMOVED":
		_objects.erase(object_id)
		if known != null:
			(known as FigmentObject).queue_free()
			object_removed.emit(object_id)
		return
	var node: FigmentObject = known
	if node == null:
		node = FigmentObject.new()
		node.name = "Object_" + object_id.left(12).validate_node_name()
		node.autoplay_sound = play_sound
		node.autoplay_speech = false
		node.setup(client)
		add_child(node)
		node.transform = _pose(scene_object.get("anchor", {}))
		_objects[object_id] = node
		object_spawned.emit(node)
	node.apply_scene_object_async(scene_object)


static func _pose(anchor: Dictionary) -> Transform3D:
	var p: Dictionary = anchor.get("position", {})
	var r: Dictionary = anchor.get("rotation", {})
	var q := Quaternion(
		float(r.get("x", 0.0)), float(r.get("y", 0.0)), float(r.get("z", 0.0)),
		float(r.get("w", 0.0))
	)
	var basis := Basis(q.normalized()) if q.length_squared() > 0.0 else Basis.IDENTITY
	var origin := Vector3(float(p.get("x", 0.0)), float(p.get("y", 0.0)), float(p.get("z", 0.0)))
	return Transform3D(basis, origin)
