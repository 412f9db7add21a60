using System.Collections.Generic;
using System.Linq;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>The discriminator's verdict on a label (Type I/II/III/literal), the caption that shows it, and the
    /// request fields of the router (<c>auto</c>) and best of N (<c>candidates</c>).</summary>
    [TestFixture]
    public class JudgementTests
    {
        static Label ParseLabel(string json) { return Label.FromJson(JsonParser.Parse(json)); }

        static List<ConjureEvent> JudgedEvents()
        {
            var list = new List<ConjureEvent>();
            foreach (var line in Samples.JudgedConjureLines) list.Add(ConjureEvent.FromJson(JsonParser.Parse(line)));
            return list;
        }

        [Test]
        public void AJudgedLabelMapsEveryFieldOfTheVerdict()
        {
            var label = ParseLabel(Samples.JudgedLabel);
            var j = label.Judgement;
            Assert.IsNotNull(j);
            Assert.AreEqual(HallucinationType.TypeII, j.Type);
            Assert.AreEqual(HallucinationType.TypeII, label.Type);
            Assert.AreEqual(0.82f, j.Coherence);
            Assert.AreEqual(0.61f, j.Novelty);
            Assert.AreEqual(0.7f, j.Violation);
            Assert.AreEqual(18.5f, j.Perplexity);
            Assert.AreEqual("base", j.PerplexitySource);
            CollectionAssert.AreEqual(new[] { "ocean", "clockwork" }, j.Domains);
            Assert.AreEqual("", j.Note);
            Assert.IsTrue(j.HasMeaningScores);
            Assert.AreEqual("Type II (uselessly insightful)", j.ToString());
            CollectionAssert.AreEqual(new[] { "pip", "ocean", "clockwork" }, label.Adapters.ConvertAll(a => a.Name), "the router's experts");
        }

        [Test]
        public void ALabelWithoutJudgementHasNoVerdictAndItsTextAsCaption()
        {
            var label = ParseLabel(Samples.UnjudgedLabel);
            Assert.IsNull(label.Judgement);
            Assert.AreEqual(HallucinationType.Unspecified, label.Type);
            Assert.AreEqual("Imagined (fiction, not fact): pip 1, auto 1, intensity 1.", label.Caption);
            Assert.IsFalse(label.JudgedSince(null));
            Assert.IsNull(new Label().Judgement, "a new label is not judged");
            Assert.IsNull(ParseLabel("{\"mode\":\"MODE_FACTUAL\",\"judgement\":null}").Judgement, "null reads as absent");
        }

        [Test]
        public void TheCaptionShowsTheTypeBesideTheFictionLabel()
        {
            var label = ParseLabel(Samples.JudgedLabel);
            Assert.AreEqual("Imagined \u00b7 Type II\n" + label.Text, label.Caption);
            StringAssert.StartsWith("Imagined \u00b7 Type III\n", ParseLabel(Samples.CoherenceOnlyLabel).Caption);
            var literal = new Label { Fiction = true, Text = "", Judgement = new Judgement { Type = HallucinationType.Literal } };
            Assert.AreEqual("Imagined \u00b7 literal", literal.Caption);
            var unspecified = new Label { Fiction = true, Text = "t", Judgement = new Judgement() };
            Assert.AreEqual("t", unspecified.Caption, "a verdict of no known type adds nothing");
        }

        [Test]
        public void AVerdictWithoutAnEmbedderSaysSo()
        {
            var j = ParseLabel(Samples.CoherenceOnlyLabel).Judgement;
            Assert.AreEqual(HallucinationType.TypeIII, j.Type);
            Assert.AreEqual(-1f, j.Novelty);
            Assert.AreEqual(-1f, j.Violation);
            Assert.IsFalse(j.HasMeaningScores);
            Assert.AreEqual("generator", j.PerplexitySource);
            Assert.AreEqual("coherence only: no embedder", j.Note);
            Assert.IsEmpty(j.Domains);
        }

        [Test]
        public void TypesReadFromNamesAndNumbersAndUnknownOnesAreUnspecified()
        {
            var names = new Dictionary<string, HallucinationType>
            {
                { "HALLUCINATION_TYPE_UNSPECIFIED", HallucinationType.Unspecified },
                { "HALLUCINATION_TYPE_I", HallucinationType.TypeI },
                { "HALLUCINATION_TYPE_II", HallucinationType.TypeII },
                { "HALLUCINATION_TYPE_III", HallucinationType.TypeIII },
                { "HALLUCINATION_TYPE_LITERAL", HallucinationType.Literal },
            };
            foreach (var kv in names)
            {
                Assert.AreEqual(kv.Value, HallucinationTypeNames.FromJson(JsonValue.Of(kv.Key)), kv.Key);
                Assert.AreEqual(kv.Key, HallucinationTypeNames.ToJson(kv.Value));
                Assert.AreEqual(kv.Value, HallucinationTypeNames.FromJson(JsonValue.Of((long)kv.Value)), "number of " + kv.Key);
            }
            Assert.AreEqual(HallucinationType.Unspecified, HallucinationTypeNames.FromJson(JsonValue.Of("HALLUCINATION_TYPE_IV")));
            Assert.AreEqual(HallucinationType.Unspecified, HallucinationTypeNames.FromJson(JsonValue.Of(9L)));
            Assert.AreEqual(HallucinationType.Unspecified, HallucinationTypeNames.FromJson(null));
            CollectionAssert.AreEqual(
                new[] { "", "Type I", "Type II", "Type III", "literal" },
                new[] { HallucinationType.Unspecified, HallucinationType.TypeI, HallucinationType.TypeII, HallucinationType.TypeIII, HallucinationType.Literal }
                    .Select(HallucinationTypeNames.ShortName));
            Assert.AreEqual("an insight", HallucinationTypeNames.Meaning(HallucinationType.TypeI));
            Assert.AreEqual("not imagined", HallucinationTypeNames.Meaning(HallucinationType.Literal));
        }

        [Test]
        public void TheVerdictArrivesWithTheWholeTextAndEveryLaterEventCarriesIt()
        {
            var events = JudgedEvents();
            Assert.IsNull(events[0].Label.Judgement, "accepted");
            Assert.IsNull(events[1].Label.Judgement, "the wish's object");
            Assert.IsNull(events[2].Label.Judgement, "a text delta");
            for (int i = 3; i < events.Count; i++)
                Assert.AreEqual(HallucinationType.TypeII, events[i].Label.Type, events[i].Kind.ToString());
            Assert.AreEqual(ConjureEventKind.TextDone, events[3].Kind);
            Assert.IsTrue(events[4].Object.Final);

            var result = new ConjureResult();
            foreach (var e in events) result.Add(e);
            Assert.AreEqual(HallucinationType.TypeII, result.Label.Type, "the result's label is the last event's");
        }

        [Test]
        public void OnlyTheFirstVerdictAndAChangedOneAreNews()
        {
            // What the Unity layer's FigmentObject.TakeLabel (and so the spawner's `judged`) announces, event by event.
            Label shown = null;
            var news = new List<int>();
            var events = JudgedEvents();
            for (int i = 0; i < events.Count; i++)
            {
                if (events[i].Label.JudgedSince(shown)) news.Add(i);
                shown = events[i].Label;
            }
            CollectionAssert.AreEqual(new[] { 3 }, news, "announced once, at the whole text");
            Assert.IsTrue(ParseLabel(Samples.CoherenceOnlyLabel).JudgedSince(shown), "another type is news again");
            Assert.IsFalse(ParseLabel(Samples.UnjudgedLabel).JudgedSince(shown));
        }

        [Test]
        public void ASceneObjectCarriesItsJudgedLabel()
        {
            var e = SceneEvent.FromJson(JsonParser.Parse(
                "{\"room\":\"lobby\",\"kind\":\"KIND_UPDATED\",\"object\":{\"objectId\":\"o2\",\"label\":" + Samples.JudgedLabel + ",\"complete\":true}}"));
            Assert.AreEqual(HallucinationType.TypeII, e.Object.Label.Type);
            CollectionAssert.AreEqual(new[] { "ocean", "clockwork" }, e.Object.Label.Judgement.Domains);
            var bare = SceneEvent.FromJson(JsonParser.Parse("{\"room\":\"lobby\",\"kind\":\"KIND_SPAWNED\",\"object\":{\"objectId\":\"o1\"}}"));
            Assert.IsNull(bare.Object.Label.Judgement);
        }

        [Test]
        public void AnAutoBlendLetsTheRouterChoose()
        {
            var r = ConjureRequest.Imagine("a lamp");
            r.Blend.Add(AdapterWeight.Auto());
            Assert.AreEqual("[{\"name\":\"auto\",\"weight\":1}]", r.ToJson()["blend"].ToString());
            Assert.AreNotSame(AdapterWeight.Auto(), AdapterWeight.Auto(), "each call a new entry: editing one changes no other");
        }

        [Test]
        public void CandidatesGoToTheTextStageBesideItsOtherOptions()
        {
            var r = ConjureRequest.Imagine("a lamp");
            Assert.IsFalse(r.ToJson().Has("stageOptions"), "absent unless set");
            r.Candidates = 3;
            Assert.AreEqual("{\"text\":{\"candidates\":3}}", r.ToJson()["stageOptions"].ToString());

            var given = JsonValue.NewObject().Set("system", JsonValue.Of("Be brief.")).Set("candidates", JsonValue.Of(1L));
            r.StageOptions["text"] = given;
            r.StageOptions["mesh"] = JsonValue.NewObject().Set("smooth", JsonValue.True);
            Assert.AreEqual(
                "{\"text\":{\"system\":\"Be brief.\",\"candidates\":3},\"mesh\":{\"smooth\":true}}",
                r.ToJson()["stageOptions"].ToString(), "the typed field wins, the other text options stay");
            Assert.AreEqual("{\"system\":\"Be brief.\",\"candidates\":1}", given.ToString(), "the caller's options are not changed");

            r.Candidates = 9; // the daemon owns the limit (1 to 4) and names the field when it refuses
            Assert.AreEqual(9.0, r.ToJson()["stageOptions"]["text"].GetDouble("candidates"));
        }
    }
}
