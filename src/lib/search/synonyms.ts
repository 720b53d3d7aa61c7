/**
 * Words patients use, mapped to the words the site's pages use. The search page adds `terms` to a
 * query that contains any of `lay` (whole words, case-insensitive). Keep each `lay` phrase in
 * lower case; keep `terms` to words that really appear in the site's titles, aliases or text.
 */
export interface Synonym {
  /** What patients type: "slipped disc", "pins and needles", "tylenol". */
  lay: readonly string[];
  /** The site's words for it: "herniated disc". */
  terms: string;
}

export const SYNONYMS: readonly Synonym[] = [
  // Spine and nerves
  { lay: ['back hurts', 'sore back', 'bad back', 'backache', 'back ache'], terms: 'back pain' },
  { lay: ['neck hurts', 'sore neck'], terms: 'neck pain' },
  { lay: ['slipped disc', 'slipped disk', 'bulging disc', 'bulging disk', 'ruptured disc', 'ruptured disk', 'prolapsed disc', 'herniated disk', 'disc bulge'], terms: 'herniated disc' },
  { lay: ['pinched nerve', 'pinched nerves', 'trapped nerve', 'trapped nerves', 'compressed nerve', 'squashed nerve'], terms: 'radiculopathy' },
  { lay: ['sciatic nerve', 'sciatic pain', 'sciatic nerve pain'], terms: 'sciatica' },
  { lay: ['narrow spinal canal', 'narrowing of the spine', 'spinal narrowing', 'narrow spine'], terms: 'spinal stenosis' },
  { lay: ['arthritis in my back', 'arthritis in my neck', 'back arthritis', 'spine arthritis', 'spinal arthritis'], terms: 'facet joint' },
  { lay: ['worn discs', 'worn out discs', 'disc wear', 'discs drying out', 'thinning discs'], terms: 'degenerative disc disease' },
  { lay: ['spine fracture', 'spinal fracture', 'broken vertebra', 'broken back bone', 'collapsed vertebra'], terms: 'compression fracture' },
  { lay: ['whiplash', 'rear ended', 'rear-ended'], terms: 'whiplash neck injury' },
  { lay: ['failed back surgery', 'back surgery did not work', "back surgery didn't work"], terms: 'persistent pain after spine surgery' },

  // Nerve feelings
  { lay: ['pins and needles', 'pins & needles', 'tingly', 'tingles', 'prickling', 'prickly feeling'], terms: 'tingling' },
  { lay: ['numb', 'no feeling', 'lost feeling'], terms: 'numbness' },
  { lay: ['burning feet', 'feet burning', 'burning toes', 'numb feet', 'numb toes', 'diabetic feet'], terms: 'peripheral neuropathy' },
  { lay: ['shingles pain', 'pain after shingles', 'pain from shingles', 'shingles nerve pain', 'after shingles'], terms: 'postherpetic neuralgia' },
  { lay: ['face pain', 'facial pain', 'face nerve pain', 'facial nerve pain'], terms: 'trigeminal neuralgia migraine' },
  { lay: ['back of my head', 'back of the head', 'base of my skull', 'base of the skull'], terms: 'occipital' },
  { lay: ['skin hurts to touch', 'sensitive skin', 'touch hurts'], terms: 'allodynia' },

  // Muscles, joints and injuries
  { lay: ['muscle knot', 'muscle knots', 'knot in my muscle', 'knots in my muscles', 'knotted muscle', 'knots'], terms: 'trigger points myofascial' },
  { lay: ['tight muscles', 'tense muscles', 'muscle tightness', 'tight neck muscles'], terms: 'muscle tension' },
  { lay: ['tension headache', 'tension headaches', 'stress headache', 'stress headaches'], terms: 'tension-type headache' },
  { lay: ['wear and tear arthritis', 'arthritic knee', 'arthritic knees', 'worn out knee', 'worn knee', 'degenerative arthritis', 'bone on bone'], terms: 'osteoarthritis' },
  { lay: ['water on the knee', 'fluid on the knee', 'swollen knee', 'knee swelling'], terms: 'knee swells' },
  { lay: ['hurt all over', 'ache all over', 'aching all over', 'pain all over', 'widespread pain'], terms: 'fibromyalgia' },
  { lay: ['sprained', 'rolled my ankle', 'twisted ankle', 'pulled muscle', 'pulled a muscle'], terms: 'sprain strain' },
  { lay: ['tennis elbow', "golfer's elbow", 'golfers elbow', 'repetitive strain'], terms: 'overuse injury' },

  // Headache
  { lay: ['nausea', 'nauseous', 'nauseated', 'queasy', 'sick to my stomach'], terms: 'feeling sick' },
  { lay: ['light sensitivity', 'sensitive to light', 'photophobia', 'light hurts my eyes'], terms: 'bothered by light' },
  { lay: ['botox'], terms: 'chronic migraine' },

  // Medicines: brand and other names
  { lay: ['tylenol', 'paracetamol', 'panadol', 'apap'], terms: 'acetaminophen' },
  { lay: ['aleve', 'naprosyn', 'anaprox'], terms: 'naproxen nsaids' },
  { lay: ['advil', 'motrin', 'nurofen'], terms: 'ibuprofen nsaids' },
  { lay: ['celebrex'], terms: 'celecoxib nsaids' },
  { lay: ['mobic'], terms: 'meloxicam nsaids' },
  { lay: ['anti inflammatory', 'anti inflammatories', 'antiinflammatory'], terms: 'nsaids' },
  { lay: ['lyrica'], terms: 'pregabalin' },
  { lay: ['neurontin', 'gralise', 'horizant'], terms: 'gabapentin' },
  { lay: ['cymbalta', 'drizalma'], terms: 'duloxetine' },
  { lay: ['elavil'], terms: 'amitriptyline tricyclic' },
  { lay: ['pamelor'], terms: 'nortriptyline tricyclic' },
  { lay: ['imitrex'], terms: 'sumatriptan triptans' },
  { lay: ['maxalt', 'zomig', 'relpax'], terms: 'triptans' },
  { lay: ['aimovig', 'ajovy', 'emgality', 'vyepti', 'migraine shot'], terms: 'cgrp' },
  { lay: ['nurtec', 'ubrelvy', 'qulipta', 'reyvow'], terms: 'gepants' },
  { lay: ['narcan', 'kloxxado', 'overdose spray'], terms: 'naloxone' },
  { lay: ['voltaren', 'voltaren gel', 'pennsaid', 'flector', 'arthritis cream'], terms: 'diclofenac gel' },
  { lay: ['lidoderm', 'ztlido', 'lidocaine plaster', 'numbing patch'], terms: 'lidocaine patch' },
  { lay: ['tegretol', 'carbatrol', 'trileptal', 'oxcarbazepine'], terms: 'carbamazepine' },
  { lay: ['flexeril', 'zanaflex', 'robaxin', 'soma', 'muscle relaxer', 'muscle relaxers'], terms: 'muscle relaxants' },
  // These three combine an opioid with acetaminophen: hidden acetaminophen matters for the liver.
  { lay: ['percocet', 'vicodin', 'norco'], terms: 'opioids acetaminophen' },
  { lay: ['oxycontin', 'oxy', 'ultram', 'dilaudid', 'narcotic', 'narcotics', 'pain pills'], terms: 'opioids' },
  { lay: ['prednisone', 'medrol', 'dose pack', 'steroid pack', 'steroid pills'], terms: 'corticosteroids' },
  { lay: ['novocaine', 'novocain', 'numbing shot', 'numbing injection'], terms: 'local anesthetic' },

  // Procedures
  { lay: ['pain pump', 'drug pump', 'morphine pump', 'medicine pump', 'spinal pump'], terms: 'intrathecal drug delivery' },
  { lay: ['burn the nerve', 'burn the nerves', 'burning the nerves', 'nerve ablation', 'zap the nerve', 'rfa'], terms: 'radiofrequency ablation' },
  { lay: ['spine injection', 'spinal injection', 'back injection', 'back shot', 'epidural', 'epidural shot', 'epidural injection', 'steroid shot in my back'], terms: 'epidural steroid injection' },
  { lay: ['back stimulator', 'spinal implant', 'spine stimulator', 'spinal stimulator', 'pain stimulator', 'nerve stimulator', 'stimulator implant'], terms: 'spinal cord stimulation' },
  { lay: ['cortisone shot', 'cortisone injection', 'cortisone', 'steroid shot', 'steroid injection'], terms: 'corticosteroid injection' },
  { lay: ['gel shot', 'gel shots', 'gel injection', 'rooster comb shot', 'knee lubricant', 'lubricant shot'], terms: 'hyaluronic acid' },
  { lay: ['knee shot', 'knee shots'], terms: 'knee injection corticosteroid hyaluronic acid' },
  { lay: ['bone cement', 'cement in my back', 'cement in my spine'], terms: 'vertebroplasty kyphoplasty' },
  { lay: ['si joint shot', 'buttock injection'], terms: 'sacroiliac joint injection' },

  // Care and therapies
  { lay: ['pain doctor', 'pain doctors', 'pain management doctor', 'pain management specialist', 'pain specialist'], terms: 'pain medicine specialist' },
  { lay: ['talk therapy', 'talking therapy', 'counseling', 'counselling', 'psychologist', 'therapist for pain'], terms: 'cognitive behavioral therapy' },
  { lay: ['physio', 'physiotherapy', 'physiotherapist', 'physical therapist', 'rehab exercises'], terms: 'physical therapy' },
  { lay: ["can't sleep", 'trouble sleeping', 'sleepless nights', 'sleeping badly'], terms: 'insomnia sleep' },
  { lay: ['pelvic floor physio', 'pelvic pt', 'kegels'], terms: 'pelvic floor therapy' },
];
