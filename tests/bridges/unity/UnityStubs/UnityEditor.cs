// SIGNATURE CHECK ONLY - not Unity, not a test double, no behaviour.
// Declares exactly the UnityEditor API that the Figment editor window calls, with Unity 2022.3's signatures.
using System;
using UnityEngine;

namespace UnityEditor
{
    public class EditorWindow : ScriptableObject
    {
        public static T GetWindow<T>(string title) where T : EditorWindow { throw null; }
        public void Repaint() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class MenuItem : Attribute { public MenuItem(string itemName) { } }

    public sealed class EditorApplication
    {
        public delegate void CallbackFunction();
        public static CallbackFunction update;
    }

    public enum MessageType { None = 0, Info = 1, Warning = 2, Error = 3 }

    public class EditorStyles
    {
        public static GUIStyle boldLabel { get { throw null; } }
    }

    public class EditorGUI
    {
        public struct DisabledScope : IDisposable
        {
            public DisabledScope(bool disabled) { throw null; }
            public void Dispose() { throw null; }
        }
    }

    public class EditorGUILayout
    {
        public static void LabelField(string label, GUIStyle style, params GUILayoutOption[] options) { throw null; }
        public static UnityEngine.Object ObjectField(string label, UnityEngine.Object obj, Type objType, bool allowSceneObjects, params GUILayoutOption[] options) { throw null; }
        public static string TextField(string label, string text, params GUILayoutOption[] options) { throw null; }
        public static int IntField(string label, int value, params GUILayoutOption[] options) { throw null; }
        public static string PasswordField(string label, string password, params GUILayoutOption[] options) { throw null; }
        public static bool Toggle(string label, bool value, params GUILayoutOption[] options) { throw null; }
        public static float Slider(string label, float value, float leftValue, float rightValue, params GUILayoutOption[] options) { throw null; }
        public static void Space() { throw null; }
        public static void HelpBox(string message, MessageType type) { throw null; }
        public static Vector2 BeginScrollView(Vector2 scrollPosition, params GUILayoutOption[] options) { throw null; }
        public static void EndScrollView() { throw null; }
        public static string TextArea(string text, params GUILayoutOption[] options) { throw null; }
    }
}
