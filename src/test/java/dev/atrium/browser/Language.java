package dev.atrium.browser;

import java.util.regex.Pattern;

/**
 * The two UI languages and the words a person sees in each, written out here rather than read from
 * the client's catalogues, so a screen that shows the wrong language (or a raw key) fails.
 */
enum Language {
  CHINESE(
      "zh-CN",
      "管理后台",
      "新建部门",
      "新建人员",
      "保存",
      "创建",
      "设置新密码",
      "请保存恢复码",
      "已开启",
      Pattern.compile("找到 \\d+ 人"),
      "通讯录"),
  ENGLISH(
      "en",
      "Administration",
      "New department",
      "New person",
      "Save",
      "Create",
      "Choose a new password",
      "Save your recovery codes",
      "On",
      Pattern.compile("\\d+ (person|people) found"),
      "Directory");

  final String locale;
  final String adminTitle;
  final String newDepartment;
  final String newPerson;
  final String save;
  final String create;
  final String choosePassword;
  final String saveRecoveryCodes;
  final String mfaOn;
  final Pattern searchResults;
  final String directory;

  Language(
      String locale,
      String adminTitle,
      String newDepartment,
      String newPerson,
      String save,
      String create,
      String choosePassword,
      String saveRecoveryCodes,
      String mfaOn,
      Pattern searchResults,
      String directory) {
    this.locale = locale;
    this.adminTitle = adminTitle;
    this.newDepartment = newDepartment;
    this.newPerson = newPerson;
    this.save = save;
    this.create = create;
    this.choosePassword = choosePassword;
    this.saveRecoveryCodes = saveRecoveryCodes;
    this.mfaOn = mfaOn;
    this.searchResults = searchResults;
    this.directory = directory;
  }
}
