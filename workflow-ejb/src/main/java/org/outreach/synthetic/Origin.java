package org.outreach.synthetic;

import java.util.List;

/**
 * A country of origin with the languages its people prefer and common names in its naming
 * tradition. Names are combined at random, so no generated person is anyone in particular. {@code
 * scriptNames} are the same family names in the home script, used as alternate spellings.
 */
record Origin(
    String country,
    List<String> languages,
    int weight,
    List<String> familyNames,
    List<String> scriptNames,
    List<String> givenNames) {

  static final List<Origin> ALL =
      List.of(
          new Origin(
              "GT",
              List.of("es"),
              14,
              List.of("García", "López", "Pérez", "Hernández", "Morales", "Xicará", "Tzul", "Cux"),
              List.of(),
              List.of(
                  "María José",
                  "Juan Carlos",
                  "Ana Lucía",
                  "Luis Fernando",
                  "Rosa Elena",
                  "Marvin",
                  "Yesenia",
                  "Byron")),
          new Origin(
              "HN",
              List.of("es"),
              14,
              List.of("Martínez", "Rodríguez", "Mejía", "Zelaya", "Funes", "Bonilla", "Padilla"),
              List.of(),
              List.of("Josué", "Dayana", "Wilmer", "Karla Patricia", "Elvin", "Sindy", "Norma")),
          new Origin(
              "SV",
              List.of("es"),
              12,
              List.of("Hernández", "Flores", "Rivas", "Alvarado", "Portillo", "Menjívar", "Ayala"),
              List.of(),
              List.of(
                  "Kevin Alexander",
                  "Jennifer",
                  "Oscar Armando",
                  "Roxana",
                  "Melvin",
                  "Brenda Yamileth")),
          new Origin(
              "VE",
              List.of("es"),
              10,
              List.of("González", "Salazar", "Briceño", "Díaz", "Colmenares", "Rondón"),
              List.of(),
              List.of(
                  "Andrés Eduardo", "Daniela", "Luis Alejandro", "Génesis", "Yorman", "Mariángel")),
          new Origin(
              "CU",
              List.of("es"),
              8,
              List.of("Fernández", "Cabrera", "Valdés", "Quintana", "Machado", "Soto"),
              List.of(),
              List.of("Yoandri", "Yanelis", "Osmany", "Dayami", "Yuniel", "Leidys")),
          new Origin(
              "HT",
              List.of("ht", "fr"),
              10,
              List.of("Joseph", "Pierre", "Jean-Baptiste", "Dorvil", "Louis", "Saint-Fleur"),
              List.of(),
              List.of("Marie Claire", "Jean Robert", "Widline", "Jocelyn", "Fabienne", "Wisner")),
          new Origin(
              "SY",
              List.of("ar"),
              5,
              List.of("Al-Hassan", "Haddad", "Khoury", "Al-Masri", "Sabbagh", "Darwish"),
              List.of("الحسن", "حداد", "خوري", "المصري", "صباغ", "درويش"),
              List.of("Omar", "Rania", "Mahmoud", "Lina", "Yusuf", "Nour")),
          new Origin(
              "AF",
              List.of("fa", "ps"),
              5,
              List.of("Ahmadi", "Rahimi", "Noori", "Sultani", "Hashimi", "Karimi"),
              List.of("احمدی", "رحیمی", "نوری", "سلطانی", "هاشمی", "کریمی"),
              List.of("Mohammad Nabi", "Farishta", "Abdul Rahim", "Zahra", "Hamid", "Mursal")),
          new Origin(
              "RU",
              List.of("ru"),
              5,
              List.of("Kuznetsov", "Smirnova", "Popov", "Volkova", "Sokolov", "Morozova"),
              List.of("Кузнецов", "Смирнова", "Попов", "Волкова", "Соколов", "Морозова"),
              List.of("Dmitry", "Anna", "Sergei", "Olga", "Alexei", "Yekaterina")),
          new Origin(
              "ER",
              List.of("ti"),
              4,
              List.of("Tesfay", "Haile", "Gebremedhin", "Kidane", "Berhane", "Tekle"),
              List.of("ተስፋይ", "ሃይለ", "ገብረመድህን", "ኪዳነ", "በርሀነ", "ተኽለ"),
              List.of("Yonas", "Senait", "Filmon", "Helen", "Dawit", "Luwam")),
          new Origin(
              "CN",
              List.of("zh"),
              5,
              List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang"),
              List.of("王", "李", "张", "刘", "陈", "杨"),
              List.of("Wei", "Xiuying", "Jun", "Mei", "Hao", "Lina")),
          new Origin(
              "BR",
              List.of("pt"),
              5,
              List.of("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa"),
              List.of(),
              List.of("João Pedro", "Ana Clara", "Lucas", "Fernanda", "Thiago", "Juliana")),
          new Origin(
              "CD",
              List.of("fr", "ln"),
              3,
              List.of("Mukendi", "Tshibanda", "Ilunga", "Kasongo", "Mwamba", "Lukusa"),
              List.of(),
              List.of("Grâce", "Patrick", "Esther", "Junior", "Merveille", "Christian")));
}
