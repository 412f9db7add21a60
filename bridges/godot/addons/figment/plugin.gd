@tool
extends EditorPlugin
## Registers the [code]Figment[/code] autoload while the plugin is enabled.

const AUTOLOAD_NAME := "Figment"
const AUTOLOAD_PATH := "res://addons/figment/figment.gd"


func _enable_plugin() -> void:
	add_autoload_singleton(AUTOLOAD_NAME, AUTOLOAD_PATH)


func _disable_plugin() -> void:
	remove_autoload_singleton(AUTOLOAD_NAME)
