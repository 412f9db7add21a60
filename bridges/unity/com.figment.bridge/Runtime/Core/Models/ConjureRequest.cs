using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>Per-request budgets; 0 means the daemon's default (maxima are in Describe's limits).</summary>
    public sealed class Budgets
    {
        public uint MaxTokens, MaxTriangles;
        public float MaxAudioSeconds;

        public JsonValue ToJson()
        {
            var o = JsonValue.NewObject();
            if (MaxTokens != 0) o.Set("maxTokens", JsonValue.Of((long)MaxTokens));
            if (MaxTriangles != 0) o.Set("maxTriangles", JsonValue.Of((long)MaxTriangles));
            if (MaxAudioSeconds != 0) o.Set("maxAudioSeconds", JsonValue.Of(MaxAudioSeconds));
            return o;
        }
    }

    /// <summary>Sampling controls for the text stage; a null field takes the mode's default.</summary>
    public sealed class Sampling
    {
        public float? Temperature, TopP, RepetitionPenalty;
        public uint? TopK, NoRepeatNgram;

        public JsonValue ToJson()
        {
            var o = JsonValue.NewObject();
            if (Temperature.HasValue) o.Set("temperature", JsonValue.Of(Temperature.Value));
            if (TopP.HasValue) o.Set("topP", JsonValue.Of(TopP.Value));
            if (TopK.HasValue) o.Set("topK", JsonValue.Of((long)TopK.Value));
            if (RepetitionPenalty.HasValue) o.Set("repetitionPenalty", JsonValue.Of(RepetitionPenalty.Value));
            if (NoRepeatNgram.HasValue) o.Set("noRepeatNgram", JsonValue.Of((long)NoRepeatNgram.Value));
            return o;
        }
    }

    /// <summary>A wish to conjure: text or audio, plus mode, consent, placement and options.</summary>
    public sealed class ConjureRequest
    {
        /// <summary>The wish as text; ignored when <see cref="Audio"/> is set.</summary>
        public string Text;
        public AudioInput Audio;
        public Mode Mode = Mode.Imaginative;
        /// <summary>The user's consent to fiction; without it the daemon answers factually.</summary>
        public bool Consent;
        /// <summary>[0, 1.5]; null for the daemon default (1).</summary>
        public float? Intensity;
        /// <summary>Domain adapters blended with the imaginative one; <see cref="AdapterWeight.Auto"/> alone lets the daemon's
        /// router choose them (the label's adapters then name the chosen ones).</summary>
        public List<AdapterWeight> Blend = new List<AdapterWeight>();
        /// <summary>Same seed + same request = same object; null lets the daemon choose (Accepted says which).</summary>
        public ulong? Seed;
        public WorldPose? Anchor;
        public WorldPose? Listener;
        /// <summary>Spawns are broadcast to this room's subscribers; "" for none.</summary>
        public string Room = "";
        public Budgets Budgets;
        public Sampling Sampling;
        /// <summary>Also synthesize the spoken line.</summary>
        public bool Speak;
        /// <summary>Also render a binaural preview of the sound.</summary>
        public bool Preview;
        /// <summary>Per-stage options keyed by stage kind ("text", "mesh", ...), each a JSON object.</summary>
        public Dictionary<string, JsonValue> StageOptions = new Dictionary<string, JsonValue>();
        /// <summary>Imaginative answers the text stage decodes together, keeping the one its discriminator judges best
        /// (the text option <c>candidates</c>; the daemon allows 1 to 4 and refuses more with INVALID_ARGUMENT naming
        /// <c>stage_options.text.candidates</c>); null for the stage's default (1). Set beside any other text options
        /// in <see cref="StageOptions"/>, and over a <c>candidates</c> given there.</summary>
        public int? Candidates;

        /// <summary>An imaginative request for <paramref name="text"/> with the user's consent given.</summary>
        public static ConjureRequest Imagine(string text)
        {
            return new ConjureRequest { Text = text, Mode = Mode.Imaginative, Consent = true };
        }

        /// <summary>The proto3 JSON body (defaults left out; 64-bit seed as a string).</summary>
        public JsonValue ToJson() { return ToJson(true); }

        /// <summary>The body, without its input (text or audio) when <paramref name="withInput"/> is false:
        /// a live conjure's input is the speech streamed after it.</summary>
        internal JsonValue ToJson(bool withInput)
        {
            var o = JsonValue.NewObject();
            if (withInput && Audio != null) o.Set("audio", Audio.ToJson());
            else if (withInput) o.Set("text", JsonValue.Of(Text ?? ""));
            o.Set("mode", JsonValue.Of(ModeNames.ToJson(Mode)));
            if (Consent) o.Set("consent", JsonValue.True);
            if (Intensity.HasValue) o.Set("intensity", JsonValue.Of(Intensity.Value));
            if (Blend != null && Blend.Count > 0) o.Set("blend", JsonFields.ToArray(Blend, b => b.ToJson()));
            if (Seed.HasValue) o.Set("seed", JsonValue.Of(Seed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (Anchor.HasValue) o.Set("anchor", Anchor.Value.ToJson());
            if (Listener.HasValue) o.Set("listener", Listener.Value.ToJson());
            if (!string.IsNullOrEmpty(Room)) o.Set("room", JsonValue.Of(Room));
            if (Budgets != null) o.Set("budgets", Budgets.ToJson());
            if (Sampling != null) o.Set("sampling", Sampling.ToJson());
            if (Speak) o.Set("speak", JsonValue.True);
            if (Preview) o.Set("preview", JsonValue.True);
            var stageOptions = StageOptionsJson();
            if (stageOptions.Count > 0) o.Set("stageOptions", stageOptions);
            return o;
        }

        // The per-stage options with the typed ones merged in; the caller's JSON values are not changed.
        JsonValue StageOptionsJson()
        {
            var opts = JsonValue.NewObject();
            if (StageOptions != null)
                foreach (var kv in StageOptions) opts.Set(kv.Key, kv.Value);
            if (Candidates.HasValue)
            {
                var text = JsonValue.NewObject();
                var given = opts["text"];
                if (given != null)
                    foreach (var m in given.Members) text.Set(m.Key, m.Value);
                opts.Set("text", text.Set("candidates", JsonValue.Of((long)Candidates.Value)));
            }
            return opts;
        }
    }
}
