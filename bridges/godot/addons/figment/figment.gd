extends Node
## The [code]Figment[/code] autoload: makes clients with the project's defaults.
##
## Defaults come from the project settings [code]figment/host[/code], [code]figment/port[/code],
## [code]figment/token[/code] and [code]figment/timeout[/code] when set.

## Daemon gateway host for new clients.
var host: String = "127.0.0.1"
## Daemon gateway port for new clients.
var port: int = 7341
## Bearer token for new clients.
var token: String = ""
## Unary timeout in seconds for new clients.
var timeout: float = 30.0

var _shared: FigmentClient


func _init() -> void:
	host = ProjectSettings.get_setting("figment/host", host)
	port = ProjectSettings.get_setting("figment/port", port)
	token = ProjectSettings.get_setting("figment/token", token)
	timeout = ProjectSettings.get_setting("figment/timeout", timeout)


## A new client with the defaults, added under this autoload so it can wait on frames.
func create_client() -> FigmentClient:
	var client := FigmentClient.new()
	client.host = host
	client.port = port
	client.token = token
	client.timeout = timeout
	add_child(client)
	return client


## One client shared by everything that does not need its own.
func get_client() -> FigmentClient:
	if _shared == null:
		_shared = create_client()
	return _shared
