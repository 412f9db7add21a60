using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>How the daemon's discriminator sorted an imaginative answer once its text was whole.</summary>
    public enum HallucinationType
    {
        /// <summary>Not judged (or a type this bridge does not know yet).</summary>
        Unspecified = 0,
        /// <summary>Coherent and novel within its domains' rules: an insight (rare).</summary>
        TypeI = 1,
        /// <summary>Coherent, crossing domains or breaking their rules: uselessly insightful (the product).</summary>
        TypeII = 2,
        /// <summary>Incoherent: word salad.</summary>
        TypeIII = 3,
        /// <summary>Coherent, neither novel nor crossing domains: a plain answer.</summary>
        Literal = 4,
    }

    /// <summary>proto3 JSON names of <see cref="HallucinationType"/>, and the words to show for each.</summary>
    public static class HallucinationTypeNames
    {
        /// <summary>"HALLUCINATION_TYPE_II" and so on.</summary>
        public static string ToJson(HallucinationType type)
        {
            switch (type)
            {
                case HallucinationType.TypeI: return "HALLUCINATION_TYPE_I";
                case HallucinationType.TypeII: return "HALLUCINATION_TYPE_II";
                case HallucinationType.TypeIII: return "HALLUCINATION_TYPE_III";
                case HallucinationType.Literal: return "HALLUCINATION_TYPE_LITERAL";
                default: return "HALLUCINATION_TYPE_UNSPECIFIED";
            }
        }

        /// <summary>Reads a name or number; anything unknown is <see cref="HallucinationType.Unspecified"/>.</summary>
        public static HallucinationType FromJson(JsonValue v)
        {
            if (v == null) return HallucinationType.Unspecified;
            if (v.Kind == JsonKind.Number)
            {
                double n = v.AsDouble();
                return n >= 1 && n <= 4 && n == System.Math.Floor(n) ? (HallucinationType)(int)n : HallucinationType.Unspecified;
            }
            switch (v.AsString())
            {
                case "HALLUCINATION_TYPE_I": return HallucinationType.TypeI;
                case "HALLUCINATION_TYPE_II": return HallucinationType.TypeII;
                case "HALLUCINATION_TYPE_III": return HallucinationType.TypeIII;
                case "HALLUCINATION_TYPE_LITERAL": return HallucinationType.Literal;
                default: return HallucinationType.Unspecified;
            }
        }

        /// <summary>"Type I", "Type II", "Type III" or "literal"; "" when unspecified.</summary>
        public static string ShortName(HallucinationType type)
        {
            switch (type)
            {
                case HallucinationType.TypeI: return "Type I";
                case HallucinationType.TypeII: return "Type II";
                case HallucinationType.TypeIII: return "Type III";
                case HallucinationType.Literal: return "literal";
                default: return "";
            }
        }

        /// <summary>What the type means, as the daemon's label words it: "an insight", "uselessly insightful",
        /// "incoherent" or "not imagined"; "" when unspecified.</summary>
        public static string Meaning(HallucinationType type)
        {
            switch (type)
            {
                case HallucinationType.TypeI: return "an insight";
                case HallucinationType.TypeII: return "uselessly insightful";
                case HallucinationType.TypeIII: return "incoherent";
                case HallucinationType.Literal: return "not imagined";
                default: return "";
            }
        }
    }

    /// <summary>The discriminator's verdict on an imaginative text (<see cref="Label.Judgement"/>), set once the text is whole.</summary>
    public sealed class Judgement
    {
        public HallucinationType Type;
        /// <summary>[0, 1]; under 0.5 is <see cref="HallucinationType.TypeIII"/>.</summary>
        public float Coherence;
        /// <summary>[0, 1]: distance from stock phrases, the wish and the base answer; -1 when the daemon has no embedder.</summary>
        public float Novelty;
        /// <summary>[0, 1]: domains crossed and their rules broken; -1 when the daemon has no embedder.</summary>
        public float Violation;
        /// <summary>Of the answer's tokens.</summary>
        public float Perplexity;
        /// <summary>"base" (the base model's perplexity) or "generator" (the sampler's own).</summary>
        public string PerplexitySource = "";
        /// <summary>The domains the answer draws from.</summary>
        public List<string> Domains = new List<string>();
        /// <summary>What the scores lacked, e.g. "coherence only: no embedder"; "" when nothing.</summary>
        public string Note = "";

        /// <summary>Whether <see cref="Novelty"/> and <see cref="Violation"/> were measured (the daemon had an embedder).</summary>
        public bool HasMeaningScores { get { return Novelty >= 0 && Violation >= 0; } }

        public static Judgement FromJson(JsonValue o)
        {
            return new Judgement
            {
                Type = HallucinationTypeNames.FromJson(o["type"]),
                Coherence = o.GetFloat("coherence"),
                Novelty = o.GetFloat("novelty"),
                Violation = o.GetFloat("violation"),
                Perplexity = o.GetFloat("perplexity"),
                PerplexitySource = o.GetString("perplexitySource"),
                Domains = o.GetList("domains", v => v.AsString() ?? ""),
                Note = o.GetString("note"),
            };
        }

        /// <summary>"Type II (uselessly insightful)", or "unspecified".</summary>
        public override string ToString()
        {
            return Type == HallucinationType.Unspecified
                ? "unspecified"
                : HallucinationTypeNames.ShortName(Type) + " (" + HallucinationTypeNames.Meaning(Type) + ")";
        }
    }
}
