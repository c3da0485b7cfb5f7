// Areas of Ukraine under Russian occupation, as of about June 2022.
// Hand-drawn approximation, accurate to some 20-30 km: the inner edge follows the
// front line through the towns named below, after the daily maps of the Institute
// for the Study of War (understandingwar.org) for June 2022; the outer edge runs
// well beyond Ukraine's border and coast, because it is only ever drawn clipped to
// Ukraine. It takes in Crimea (occupied since 2014) and the 2014 lines in Donbas.
export const OCCUPIED_2022: readonly [number, number][] = [
  // Outside Ukraine, north-east (Belgorod region of Russia).
  [36.3, 51.2],
  // Front line, north to south-west.
  [36.45, 50.42], // Kharkiv region border north of Kharkiv
  [36.62, 50.16], // Ternova; Kharkiv itself held
  [36.9, 50.0], // Staryi Saltiv, on the Pechenihy reservoir
  [36.86, 49.72], // along the Siverskyi Donets past Chuhuiv (held)
  [36.66, 49.48], // west of Balakliia (occupied)
  [37.0, 49.2], // south-west of Izium (occupied)
  [37.45, 49.03], // Dovhenke; Sloviansk held
  [37.75, 48.98], // Lyman (taken late May)
  [38.2, 48.95], // the Siverskyi Donets towards Sievierodonetsk
  [38.35, 48.78], // Lysychansk (taken early July)
  [38.35, 48.6], // Popasna (taken in May); Bakhmut held
  [38.05, 48.33], // Horlivka, on the 2014 line
  [37.78, 48.1], // between Avdiivka (held) and Donetsk (occupied)
  [37.55, 47.95], // Marinka
  [37.2, 47.72], // south of Vuhledar (held)
  [36.8, 47.75], // Velyka Novosilka (held)
  [36.25, 47.55], // Polohy (occupied), Huliaipole held
  [35.8, 47.5], // Orikhiv (held) to the south
  [35.3, 47.48], // Vasylivka (occupied)
  [34.9, 47.55], // Kamianka-Dniprovska, on the Kakhovka reservoir
  [34.1, 47.4], // the reservoir; its south bank occupied
  [33.7, 47.3], // right bank: Davydiv Brid area
  [33.45, 47.45], // Vysokopillia (occupied)
  [33.0, 47.2], // north-west of Snihurivka
  [32.7, 46.9], // Posad-Pokrovske (held)
  [32.3, 46.66], // the Dnipro-Buh estuary west of Kherson
  [31.45, 46.6], // Kinburn spit
  // Outside Ukraine: the Black Sea and the Sea of Azov, then back into Russia.
  [31.3, 45.9],
  [32.2, 44.0],
  [36.8, 44.0],
  [39.6, 46.8],
  [40.6, 48.5],
  [40.6, 50.2],
  [38.5, 50.9],
];
