using System;
using System.Text;
using System.Threading;
using UnityEditor;
using UnityEngine;

namespace Figment.Bridge.Editor
{
    /// <summary>Window > Figment > Conjurer: test the connection to the daemon and conjure from the editor.</summary>
    public sealed class FigmentWindow : EditorWindow
    {
        const int MaxLog = 200;

        FigmentSettings _settings;
        string _host = "127.0.0.1";
        int _port = 7341;
        string _token = "";
        string _text = "a whale made of clocks";
        bool _consent = true;
        float _intensity = 1f;
        bool _speak = true;
        Vector2 _scroll;
        readonly StringBuilder _log = new StringBuilder();
        readonly MainThreadQueue _mainThread = new MainThreadQueue();
        CancellationTokenSource _running;
        int _lines;

        [MenuItem("Window/Figment/Conjurer")]
        public static void Open() { GetWindow<FigmentWindow>("Figment"); }

        void OnEnable()
        {
            _mainThread.OnError = Debug.LogException;
            EditorApplication.update += Pump;
        }

        void OnDisable()
        {
            EditorApplication.update -= Pump;
            Cancel();
        }

        void Pump()
        {
            if (_mainThread.Drain() > 0) Repaint();
        }

        void OnGUI()
        {
            EditorGUILayout.LabelField("Daemon", EditorStyles.boldLabel);
            _settings = (FigmentSettings)EditorGUILayout.ObjectField("Settings", _settings, typeof(FigmentSettings), false);
            using (new EditorGUI.DisabledScope(_settings != null))
            {
                _host = EditorGUILayout.TextField("Host", _host);
                _port = EditorGUILayout.IntField("Port", _port);
                _token = EditorGUILayout.PasswordField("Token", _token);
            }
            using (new EditorGUI.DisabledScope(_running != null))
            {
                if (GUILayout.Button("Test connection")) TestConnection();
                EditorGUILayout.Space();
                EditorGUILayout.LabelField("Conjure", EditorStyles.boldLabel);
                _text = EditorGUILayout.TextField("Wish", _text);
                _consent = EditorGUILayout.Toggle("Consent to fiction", _consent);
                _intensity = EditorGUILayout.Slider("Intensity", _intensity, 0f, 1.5f);
                _speak = EditorGUILayout.Toggle("Speak", _speak);
                if (GUILayout.Button("Conjure")) Conjure();
            }
            using (new EditorGUI.DisabledScope(_running == null))
                if (GUILayout.Button("Cancel")) Cancel();
            EditorGUILayout.HelpBox("In Play mode, a FigmentSpawner spawns what you conjure; here you see the events and assets.", MessageType.None);
            _scroll = EditorGUILayout.BeginScrollView(_scroll);
            EditorGUILayout.TextArea(_log.ToString());
            EditorGUILayout.EndScrollView();
        }

        FigmentClient NewClient()
        {
            var options = _settings != null ? _settings.ToOptions() : FigmentClientOptions.For(_host, _port, _token);
            options.Log = message => _mainThread.Post(() => Log("warning: " + message));
            return new FigmentClient(options);
        }

        async void TestConnection()
        {
            var cts = Begin();
            using (var client = NewClient())
            {
                try
                {
                    var d = await client.DescribeAsync(cts.Token);
                    Log("connected: Figment " + d.Version + ", devices " + string.Join(", ", d.Devices.ToArray()));
                    foreach (var s in d.Stages)
                        if (s.Selected) Log("  " + s.Kind + ": " + s.Id + " (" + s.Status + ")");
                }
                catch (Exception e)
                {
                    Log("failed: " + e.Message);
                }
                finally
                {
                    End(cts);
                }
            }
        }

        async void Conjure()
        {
            var cts = Begin();
            using (var client = NewClient())
            {
                try
                {
                    var request = ConjureRequest.Imagine(_text);
                    request.Consent = _consent;
                    request.Intensity = _intensity;
                    request.Speak = _speak;
                    var result = await client.ConjureAsync(request, _mainThread.Marshal<ConjureEvent>(Describe), cts.Token);
                    foreach (var asset in new[] { result.Proxy != null ? result.Proxy.Asset : null, result.Mesh != null ? result.Mesh.Asset : null })
                    {
                        if (asset == null || !asset.IsSet) continue;
                        var glb = GlbInfo.Parse((await client.GetAssetAsync(asset, cts.Token)).Bytes);
                        Log("  " + asset.MediaType + " " + asset.Size + " bytes, " + glb.TriangleCount + " triangles");
                    }
                    Log("done in " + result.Done.TotalMs.ToString("0") + " ms; failed: " + string.Join(", ", result.Done.Failed.ToArray()));
                }
                catch (OperationCanceledException)
                {
                    Log("cancelled");
                }
                catch (Exception e)
                {
                    Log("failed: " + e.Message);
                }
                finally
                {
                    End(cts);
                }
            }
        }

        void Describe(ConjureEvent e)
        {
            switch (e.Kind)
            {
                case ConjureEventKind.TextDone: Log("text: " + e.TextDone.Text); break;
                case ConjureEventKind.TextDelta: break;
                case ConjureEventKind.Object: Log("object: " + e.Object.Spec.Name + " (" + e.Object.Spec.Archetype + "), confidence " + e.Object.Confidence); break;
                case ConjureEventKind.Error: Log("stage failed: " + e.Error); break;
                default: Log(e.ToString() + (e.Label.Fiction ? "  [" + e.Label.Text + "]" : "")); break;
            }
        }

        CancellationTokenSource Begin()
        {
            _running = new CancellationTokenSource();
            return _running;
        }

        void End(CancellationTokenSource cts)
        {
            if (_running == cts) _running = null;
            cts.Dispose();
            Repaint();
        }

        void Cancel()
        {
            if (_running != null) _running.Cancel();
        }

        void Log(string line)
        {
            if (++_lines > MaxLog)
            {
                _log.Length = 0;
                _lines = 1;
            }
            _log.AppendLine(line);
            Repaint();
        }
    }
}
