// SIGNATURE CHECK ONLY - not Unity, not a test double, no behaviour.
// Declares exactly the UnityEngine API that the Figment Unity layer calls, with Unity's own signatures
// (Unity 2022.3), so that mcs fails on a typo or a wrong signature. Every body throws. Add a member here
// only after checking it against Unity's scripting reference.
using System;

namespace UnityEngine
{
    public class Object
    {
        public string name { get { throw null; } set { throw null; } }
        public static void Destroy(Object obj) { throw null; }
        public static void DestroyImmediate(Object obj) { throw null; }
        public static T FindFirstObjectByType<T>() where T : Object { throw null; }
        public static implicit operator bool(Object exists) { throw null; }
        public static bool operator ==(Object x, Object y) { throw null; }
        public static bool operator !=(Object x, Object y) { throw null; }
        public override bool Equals(object other) { throw null; }
        public override int GetHashCode() { throw null; }
    }

    public class Component : Object
    {
        public Transform transform { get { throw null; } }
        public GameObject gameObject { get { throw null; } }
        public T GetComponent<T>() { throw null; }
    }

    public class Behaviour : Component
    {
        public bool enabled { get { throw null; } set { throw null; } }
    }

    public class MonoBehaviour : Behaviour { }

    public class ScriptableObject : Object
    {
        public static T CreateInstance<T>() where T : ScriptableObject { throw null; }
    }

    public sealed class GameObject : Object
    {
        public GameObject(string name) { throw null; }
        public Transform transform { get { throw null; } }
        public T AddComponent<T>() where T : Component { throw null; }
        public T GetComponent<T>() { throw null; }
        public void SetActive(bool value) { throw null; }
    }

    public class Transform : Component
    {
        public Vector3 position { get { throw null; } set { throw null; } }
        public Quaternion rotation { get { throw null; } set { throw null; } }
        public Vector3 localPosition { get { throw null; } set { throw null; } }
        public Quaternion localRotation { get { throw null; } set { throw null; } }
        public Vector3 localScale { get { throw null; } set { throw null; } }
        public Vector3 forward { get { throw null; } set { throw null; } }
        public Transform parent { get { throw null; } set { throw null; } }
        public void SetParent(Transform parent, bool worldPositionStays) { throw null; }
        public void SetPositionAndRotation(Vector3 position, Quaternion rotation) { throw null; }
    }

    public struct Vector2
    {
        public float x, y;
        public Vector2(float x, float y) { this.x = x; this.y = y; }
    }

    public struct Vector3
    {
        public float x, y, z;
        public Vector3(float x, float y, float z) { this.x = x; this.y = y; this.z = z; }
        public static Vector3 up { get { throw null; } }
        public static Vector3 forward { get { throw null; } }
        public static Vector3 one { get { throw null; } }
        public static Vector3 zero { get { throw null; } }
        public float sqrMagnitude { get { throw null; } }
        public Vector3 normalized { get { throw null; } }
        public void Normalize() { throw null; }
        public static Vector3 ProjectOnPlane(Vector3 vector, Vector3 planeNormal) { throw null; }
        public static float Angle(Vector3 from, Vector3 to) { throw null; }
        public static float Distance(Vector3 a, Vector3 b) { throw null; }
        public static Vector3 operator +(Vector3 a, Vector3 b) { throw null; }
        public static Vector3 operator -(Vector3 a, Vector3 b) { throw null; }
        public static Vector3 operator -(Vector3 a) { throw null; }
        public static Vector3 operator *(Vector3 a, float d) { throw null; }
        public static Vector3 operator *(float d, Vector3 a) { throw null; }
    }

    public struct Quaternion
    {
        public float x, y, z, w;
        public Quaternion(float x, float y, float z, float w) { this.x = x; this.y = y; this.z = z; this.w = w; }
        public static Quaternion identity { get { throw null; } }
        public static Quaternion Euler(float x, float y, float z) { throw null; }
        public static Quaternion LookRotation(Vector3 forward, Vector3 upwards) { throw null; }
        public static Quaternion operator *(Quaternion lhs, Quaternion rhs) { throw null; }
        public static Vector3 operator *(Quaternion rotation, Vector3 point) { throw null; }
    }

    public struct Color
    {
        public float r, g, b, a;
        public Color(float r, float g, float b, float a) { this.r = r; this.g = g; this.b = b; this.a = a; }
        public static Color white { get { throw null; } }
    }

    public struct Rect
    {
        public Rect(float x, float y, float width, float height) { throw null; }
    }

    public struct Mathf
    {
        public static float Clamp01(float value) { throw null; }
        public static float Clamp(float value, float min, float max) { throw null; }
        public static float Min(float a, float b) { throw null; }
        public static int Min(int a, int b) { throw null; }
    }

    public class Time
    {
        public static float time { get { throw null; } }
        public static float deltaTime { get { throw null; } }
    }

    public class Screen
    {
        public static int width { get { throw null; } }
        public static int height { get { throw null; } }
    }

    public class Debug
    {
        public static void Log(object message) { throw null; }
        public static void LogWarning(object message) { throw null; }
        public static void LogError(object message) { throw null; }
        public static void LogException(Exception exception) { throw null; }
    }

    public sealed class Camera : Behaviour
    {
        public static Camera main { get { throw null; } }
    }

    public enum AudioRolloffMode { Logarithmic = 0, Linear = 1, Custom = 2 }

    public class AudioBehaviour : Behaviour { }

    public sealed class AudioSource : AudioBehaviour
    {
        public AudioClip clip { get { throw null; } set { throw null; } }
        public bool loop { get { throw null; } set { throw null; } }
        public bool playOnAwake { get { throw null; } set { throw null; } }
        public float volume { get { throw null; } set { throw null; } }
        public float spatialBlend { get { throw null; } set { throw null; } }
        public float minDistance { get { throw null; } set { throw null; } }
        public float maxDistance { get { throw null; } set { throw null; } }
        public AudioRolloffMode rolloffMode { get { throw null; } set { throw null; } }
        public float dopplerLevel { get { throw null; } set { throw null; } }
        public float reverbZoneMix { get { throw null; } set { throw null; } }
        public bool isPlaying { get { throw null; } }
        public void Play() { throw null; }
        public void Stop() { throw null; }
    }

    public sealed class AudioClip : Object
    {
        public int samples { get { throw null; } }
        public int channels { get { throw null; } }
        public int frequency { get { throw null; } }
        public float length { get { throw null; } }
        public static AudioClip Create(string name, int lengthSamples, int channels, int frequency, bool stream) { throw null; }
        public bool SetData(float[] data, int offsetSamples) { throw null; }
        public bool GetData(float[] data, int offsetSamples) { throw null; }
    }

    public sealed class Microphone
    {
        public static string[] devices { get { throw null; } }
        public static AudioClip Start(string deviceName, bool loop, int lengthSec, int frequency) { throw null; }
        public static void End(string deviceName) { throw null; }
        public static int GetPosition(string deviceName) { throw null; }
    }

    public enum LightType { Spot = 0, Directional = 1, Point = 2 }

    public sealed class Light : Behaviour
    {
        public LightType type { get { throw null; } set { throw null; } }
        public Color color { get { throw null; } set { throw null; } }
        public float range { get { throw null; } set { throw null; } }
        public float intensity { get { throw null; } set { throw null; } }
    }

    public enum TextAnchor { UpperLeft, UpperCenter, UpperRight, MiddleLeft, MiddleCenter, MiddleRight, LowerLeft, LowerCenter, LowerRight }

    public enum TextAlignment { Left, Center, Right }

    public sealed class TextMesh : Component
    {
        public string text { get { throw null; } set { throw null; } }
        public TextAnchor anchor { get { throw null; } set { throw null; } }
        public TextAlignment alignment { get { throw null; } set { throw null; } }
        public float characterSize { get { throw null; } set { throw null; } }
        public int fontSize { get { throw null; } set { throw null; } }
        public Color color { get { throw null; } set { throw null; } }
    }

    public enum EventType { MouseDown = 0, MouseUp = 1, Repaint = 7, Layout = 8 }

    public sealed class Event
    {
        public static Event current { get { throw null; } }
        public EventType type { get { throw null; } }
    }

    public sealed class GUIStyle { }

    public sealed class GUISkin : ScriptableObject
    {
        public GUIStyle box { get { throw null; } }
    }

    public class GUI
    {
        public static GUISkin skin { get { throw null; } }
    }

    public sealed class GUILayoutOption { }

    public class GUILayout
    {
        public static void BeginArea(Rect screenRect, GUIStyle style) { throw null; }
        public static void EndArea() { throw null; }
        public static void BeginHorizontal(params GUILayoutOption[] options) { throw null; }
        public static void EndHorizontal() { throw null; }
        public static void Label(string text, params GUILayoutOption[] options) { throw null; }
        public static string TextField(string text, params GUILayoutOption[] options) { throw null; }
        public static bool Toggle(bool value, string text, params GUILayoutOption[] options) { throw null; }
        public static bool Button(string text, params GUILayoutOption[] options) { throw null; }
        public static bool RepeatButton(string text, params GUILayoutOption[] options) { throw null; }
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class SerializeField : Attribute { }

    [AttributeUsage(AttributeTargets.Field, AllowMultiple = true)]
    public class PropertyAttribute : Attribute { }

    public sealed class TooltipAttribute : PropertyAttribute { public TooltipAttribute(string tooltip) { } }
    public class HeaderAttribute : PropertyAttribute { public HeaderAttribute(string header) { } }
    public sealed class RangeAttribute : PropertyAttribute { public RangeAttribute(float min, float max) { } }
    public sealed class MinAttribute : PropertyAttribute { public MinAttribute(float min) { } }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class CreateAssetMenuAttribute : Attribute
    {
        public string menuName { get; set; }
        public string fileName { get; set; }
        public int order { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class AddComponentMenu : Attribute { public AddComponentMenu(string menuName) { } }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class DisallowMultipleComponent : Attribute { }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class RequireComponent : Attribute { public RequireComponent(Type requiredComponent) { } }
}

namespace UnityEngine.Events
{
    public delegate void UnityAction<T0>(T0 arg0);

    public abstract class UnityEventBase { }

    [Serializable]
    public class UnityEvent<T0> : UnityEventBase
    {
        public UnityEvent() { }
        public void AddListener(UnityAction<T0> call) { throw null; }
        public void RemoveListener(UnityAction<T0> call) { throw null; }
        public void Invoke(T0 arg0) { throw null; }
    }
}
