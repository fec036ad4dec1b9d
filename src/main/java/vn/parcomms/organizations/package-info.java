/**
 * The organization tree: the 34 provinces and 3,321 communes with their official codes and
 * validity periods, and the departments, offices, centers and other bodies under them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access"})
package vn.parcomms.organizations;
